using AirbnbClone.Application.Properties.SearchProperties;

namespace AirbnbClone.Application.UnitTests.Properties.Search;

/// <summary>SearchCriteria.Fingerprint: one cache key per distinct answer, whatever the spelling of the query.</summary>
public class SearchCriteriaFingerprint
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    [Fact]
    public void Fingerprint_Should_BeEqual_When_OnlySpellingDiffers()
    {
        var a = Criteria(new SearchParameters { City = "lisbon", Amenities = "wifi,pool", MinPrice = "50" });
        var b = Criteria(new SearchParameters { City = "LISBON ", Amenities = "pool,wifi", MinPrice = "50" });

        a.Fingerprint().ShouldBe(b.Fingerprint());
    }

    [Theory]
    [InlineData("51", null, null)]
    [InlineData("50", "price", null)]
    [InlineData("50", null, "19")]
    public void Fingerprint_Should_Differ_When_AnythingTheAnswerDependsOnDiffers(string minPrice, string? sort, string? limit)
    {
        var a = Criteria(new SearchParameters { City = "lisbon", MinPrice = "50" });
        var c = Criteria(new SearchParameters { City = "lisbon", MinPrice = minPrice, Sort = sort, Limit = limit });

        a.Fingerprint().ShouldNotBe(c.Fingerprint());
    }

    private static SearchCriteria Criteria(SearchParameters parameters) =>
        SearchCriteriaParser.Parse(parameters, Today).Criteria.ShouldNotBeNull();
}
