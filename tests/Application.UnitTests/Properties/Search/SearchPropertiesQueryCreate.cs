using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.SearchProperties;
using AirbnbClone.Application.UnitTests.TestDoubles;

namespace AirbnbClone.Application.UnitTests.Properties.Search;

/// <summary>SearchPropertiesQuery.Create: the query string is parsed once, and the query keeps the outcome.</summary>
public class SearchPropertiesQueryCreate
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Create_Should_HoldTheParsedCriteria_When_EveryParameterIsValid()
    {
        var parameters = new SearchParameters { City = " Lisbon ", Guests = "2", Sort = "price", Limit = "5" };

        var query = SearchPropertiesQuery.Create(parameters, _clock);

        query.Errors.ShouldBeEmpty();
        var criteria = query.Criteria.ShouldNotBeNull();
        criteria.City.ShouldBe("Lisbon");
        criteria.Guests.ShouldBe(2);
        criteria.Sort.ShouldBe(SearchSort.Price);
        criteria.Limit.ShouldBe(5);
    }

    [Fact]
    public void Create_Should_HoldEveryErrorAndNoCriteria_When_ParametersAreMalformed()
    {
        var query = SearchPropertiesQuery.Create(new SearchParameters { Guests = "0", Sort = "cheapest" }, _clock);

        query.Criteria.ShouldBeNull();
        query.Errors.ShouldBe(new Dictionary<string, string>
        {
            ["guests"] = "Must be between 1 and 50.",
            ["sort"] = "Must be one of: price, -price, rating, newest.",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Create_Should_KeepOneCriteriaAndOneCacheKey_When_TheyAreReadAgainAndAgain()
    {
        var query = SearchPropertiesQuery.Create(new SearchParameters { City = "Lisbon", Amenities = "wifi,pool" }, _clock);

        // Stored at creation: every reader (validator, caching behaviour, handler) gets the same objects, not a re-parse.
        query.Criteria.ShouldBeSameAs(query.Criteria);
        query.Errors.ShouldBeSameAs(query.Errors);
        query.CacheKey.ShouldBeSameAs(query.CacheKey);
    }

    [Fact]
    public void CacheKey_Should_BeTheFingerprintOfTheStoredCriteria_When_TheQueryIsValid()
    {
        var query = SearchPropertiesQuery.Create(new SearchParameters { City = "Lisbon", MinPrice = "50" }, _clock);

        query.CacheKey.ShouldBe(PropertyCacheKeys.Search(query.Criteria!.Fingerprint()));
        query.Tags.ShouldBe([PropertyCacheKeys.SearchTag]);
        query.Expiration.ShouldBe(PropertyCacheKeys.SearchExpiration);
    }

    [Fact]
    public void CacheKey_Should_BeTheSame_When_TwoRequestsDifferOnlyInSpelling()
    {
        var a = SearchPropertiesQuery.Create(new SearchParameters { City = "lisbon", Amenities = "wifi,pool" }, _clock);
        var b = SearchPropertiesQuery.Create(new SearchParameters { City = " LISBON", Amenities = "pool, wifi" }, _clock);

        a.CacheKey.ShouldBe(b.CacheKey);
    }

    [Fact]
    public void CacheKey_Should_NotBeAnyValidSearchesKey_When_TheQueryIsInvalid()
    {
        var invalid = SearchPropertiesQuery.Create(new SearchParameters { Limit = "0" }, _clock);
        var valid = SearchPropertiesQuery.Create(new SearchParameters(), _clock);

        invalid.CacheKey.ShouldBe(PropertyCacheKeys.Search("invalid"));
        invalid.CacheKey.ShouldNotBe(valid.CacheKey);
    }

    [Fact]
    public void Create_Should_Throw_When_ParametersOrClockAreMissing()
    {
        Should.Throw<ArgumentNullException>(() => SearchPropertiesQuery.Create(null!, _clock));
        Should.Throw<ArgumentNullException>(() => SearchPropertiesQuery.Create(new SearchParameters(), null!));
    }
}
