using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Properties.GetProperty;

/// <summary>
/// A listed home, as anyone sees it. Cached: the answer does not depend on the caller (unlisted homes are 404 here;
/// their host and admins read them through <see cref="GetManagedProperty.GetManagedPropertyQuery"/>, uncached).
/// </summary>
public sealed record GetPropertyQuery(Guid PropertyId) : IQuery<PropertyResponse>, ICachedQuery
{
    public string CacheKey => PropertyCacheKeys.Details(PropertyId);

    public TimeSpan? Expiration => PropertyCacheKeys.DetailsExpiration;

    public IReadOnlyList<string> GenerationKeys => [PropertyCacheKeys.Generation(PropertyId), PropertyCacheKeys.HostsGeneration];
}
