using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// What a listing command calls after it changed a listing: the cached details of that listing and every cached
/// search page stop being served once the transaction has committed (never before: a reader between the
/// invalidation and the commit would cache the old state again).
/// </summary>
public sealed class PropertyCacheInvalidator(IAfterCommit afterCommit, ICacheService cache)
{
    public void PropertyChanged(Guid propertyId) =>
        afterCommit.Enqueue(ct => cache.InvalidateTagsAsync([PropertyCacheKeys.ListingTag(propertyId), PropertyCacheKeys.SearchTag], ct));

    public void HostsChanged() =>
        afterCommit.Enqueue(ct => cache.InvalidateTagsAsync([PropertyCacheKeys.HostsTag], ct));
}
