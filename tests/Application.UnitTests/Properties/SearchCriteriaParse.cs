using AirbnbClone.Application.Properties.SearchProperties;

namespace AirbnbClone.Application.UnitTests.Properties;

public class SearchCriteriaParse
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    [Fact]
    public void Parse_Should_DefaultToRatingAndTwenty_When_NothingIsGiven()
    {
        var (criteria, errors) = SearchCriteria.Parse(new SearchPropertiesQuery(), Today);

        errors.ShouldBeEmpty();
        criteria!.Sort.ShouldBe(SearchSort.Rating);
        criteria.Limit.ShouldBe(20);
    }

    [Fact]
    public void Parse_Should_ReadEveryFilter_When_AllAreValid()
    {
        var query = new SearchPropertiesQuery
        {
            City = " Lisbon ", Country = "pt", Lat = "38.7", Lng = "-9.1", RadiusKm = "10",
            MinLat = "38", MinLng = "-10", MaxLat = "39", MaxLng = "-9",
            CheckIn = "2030-02-01", CheckOut = "2030-02-05", Guests = "3", MinPrice = "50", MaxPrice = "150.50",
            Amenities = "wifi, pool,wifi", InstantBook = "true", Sort = "-price", Limit = "50",
        };

        var (criteria, errors) = SearchCriteria.Parse(query, Today);

        errors.ShouldBeEmpty();
        criteria!.City.ShouldBe("Lisbon");
        criteria.Country.ShouldBe("PT");
        criteria.Radius.ShouldBe((38.7, -9.1, 10.0));
        criteria.Box.ShouldBe((38.0, -10.0, 39.0, -9.0));
        criteria.Stay.ShouldBe((new DateOnly(2030, 2, 1), new DateOnly(2030, 2, 5)));
        criteria.Guests.ShouldBe(3);
        criteria.MaxPrice.ShouldBe(150.50m);
        criteria.Amenities.ShouldBe(["pool", "wifi"]);
        criteria.InstantBook.ShouldBe(true);
        criteria.Sort.ShouldBe(SearchSort.PriceDescending);
        criteria.Limit.ShouldBe(50);
    }

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

    [Fact]
    public void Fingerprint_Should_BeEqual_When_OnlySpellingDiffers()
    {
        var a = SearchCriteria.Parse(new SearchPropertiesQuery { City = "lisbon", Amenities = "wifi,pool", MinPrice = "50" }, Today).Criteria!;
        var b = SearchCriteria.Parse(new SearchPropertiesQuery { City = "LISBON ", Amenities = "pool,wifi", MinPrice = "50" }, Today).Criteria!;
        var c = SearchCriteria.Parse(new SearchPropertiesQuery { City = "lisbon", Amenities = "wifi,pool", MinPrice = "51" }, Today).Criteria!;

        a.Fingerprint().ShouldBe(b.Fingerprint());
        a.Fingerprint().ShouldNotBe(c.Fingerprint());
    }

    [Fact]
    public void BoundingBox_Should_CoverTheCircle_When_ComputedForARadius()
    {
        var box = SearchCriteria.BoundingBox(60, 10, 100);

        box.MinLat.ShouldBeLessThan(60 - (100 / 111.195));
        box.MaxLat.ShouldBeGreaterThan(60 + (100 / 111.195));
        (10 - box.MinLng).ShouldBeGreaterThan(100 / (111.195 * Math.Cos(60 * Math.PI / 180)));
        SearchCriteria.BoundingBox(89.5, 0, 100).ShouldBe((89.5 - (100 / 111.195 * 1.01), -180, 90, 180));
    }
}
