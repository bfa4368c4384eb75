using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>
/// GET /properties: listed homes matching every filter given, one keyset page at a time. Made by <see cref="Create"/>,
/// which parses the query string once: the validator reports <see cref="Errors"/>, the cache key and the handler use
/// <see cref="Criteria"/>. Cached for everyone alike (the answer does not depend on the caller) under a key made of
/// the criteria, and dropped by any listing change through the search generation.
/// </summary>
public sealed record SearchPropertiesQuery : IQuery<PagedResponse<PropertySummaryResponse>>, ICachedQuery
{
    private SearchPropertiesQuery(SearchCriteria? criteria, IReadOnlyDictionary<string, string> errors)
    {
        Criteria = criteria;
        Errors = errors;
        CacheKey = PropertyCacheKeys.Search(criteria?.Fingerprint() ?? "invalid");
    }

    /// <summary>The parsed filters; null when any parameter is wrong (see <see cref="Errors"/>).</summary>
    public SearchCriteria? Criteria { get; }

    /// <summary>Every wrong parameter by its query-string name, with the reason; empty when <see cref="Criteria"/> is set.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    public string CacheKey { get; }

    public TimeSpan? Expiration => PropertyCacheKeys.SearchExpiration;

    public IReadOnlyList<string> GenerationKeys => [PropertyCacheKeys.SearchGeneration];

    /// <summary>The search for these parameters, parsed once; today's UTC date from <paramref name="clock"/> dates the check-in rule.</summary>
    public static SearchPropertiesQuery Create(SearchParameters parameters, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(clock);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (criteria, errors) = SearchCriteriaParser.Parse(parameters, today);
        return new SearchPropertiesQuery(criteria, errors);
    }
}
