using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Properties.SearchProperties;

namespace AirbnbClone.Application.UnitTests.Properties.Search;

/// <summary>SearchPosition: the opaque nextCursor of a search page, written and read back.</summary>
public class SearchPositionCursor
{
    [Theory]
    [InlineData(SearchSort.Price)]
    [InlineData(SearchSort.PriceDescending)]
    [InlineData(SearchSort.Rating)]
    [InlineData(SearchSort.Newest)]
    public void Cursor_Should_RoundTrip_When_EncodedAndDecoded(SearchSort sort)
    {
        var position = new SearchPosition(sort, sort == SearchSort.Newest ? 0 : 123.45m, sort == SearchSort.Newest ? 638_000_000_000_000_010 : 0, Guid.NewGuid());

        SearchPosition.Decode(position.Encode()).ShouldBe(position);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    public void Decode_Should_GiveNothing_When_TheCursorIsNotBase64Url(string? cursor) =>
        SearchPosition.Decode(cursor).ShouldBeNull();

    [Theory]
    [InlineData("price~12.5")]
    [InlineData("cheapest~12.5~0195f3b01a2b7c3d8e4f5a6b7c8d9e0f")]
    [InlineData("price~twelve~0195f3b01a2b7c3d8e4f5a6b7c8d9e0f")]
    [InlineData("price~12.5~not-a-guid")]
    [InlineData("newest~-1~0195f3b01a2b7c3d8e4f5a6b7c8d9e0f")]
    [InlineData("newest~99999999999999999999~0195f3b01a2b7c3d8e4f5a6b7c8d9e0f")]
    public void Decode_Should_GiveNothing_When_TheDecodedTextIsNotAPosition(string text) =>
        SearchPosition.Decode(Cursor.Encode(text)).ShouldBeNull();
}
