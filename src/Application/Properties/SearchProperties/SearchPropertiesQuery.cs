using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>
/// GET /properties: listed homes matching every filter given, one keyset page at a time. Parameters are the query
/// string as sent (text), so that a malformed one is reported by name; <see cref="SearchCriteria"/> parses them.
/// Cached for everyone alike (the answer does not depend on the caller) under a key made of the parsed criteria,
/// and dropped by any listing change through the search generation.
/// </summary>
public sealed record SearchPropertiesQuery : IQuery<PagedResponse<PropertySummaryResponse>>, ICachedQuery
{
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Lat { get; init; }
    public string? Lng { get; init; }
    public string? RadiusKm { get; init; }
    public string? MinLat { get; init; }
    public string? MinLng { get; init; }
    public string? MaxLat { get; init; }
    public string? MaxLng { get; init; }
    public string? CheckIn { get; init; }
    public string? CheckOut { get; init; }
    public string? Guests { get; init; }
    public string? MinPrice { get; init; }
    public string? MaxPrice { get; init; }
    public string? Amenities { get; init; }
    public string? InstantBook { get; init; }
    public string? Sort { get; init; }
    public string? Limit { get; init; }
    public string? Cursor { get; init; }

    public string CacheKey => PropertyCacheKeys.Search(SearchCriteria.Parse(this).Criteria?.Fingerprint() ?? "invalid");

    public TimeSpan? Expiration => PropertyCacheKeys.SearchExpiration;

    public IReadOnlyList<string> GenerationKeys => [PropertyCacheKeys.SearchGeneration];
}
