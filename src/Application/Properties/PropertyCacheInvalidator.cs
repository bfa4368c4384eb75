using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// What a listing command calls after it changed a listing: the cached details of that listing and every cached
/// search page stop being served once the transaction has committed (never before: a reader between the bump and
/// the commit would cache the old state under the new generation).
/// </summary>
public sealed class PropertyCacheInvalidator(IAfterCommit afterCommit, CacheGenerations generations)
{
    public void PropertyChanged(Guid propertyId) =>
        afterCommit.Enqueue(ct => generations.BumpAsync([PropertyCacheKeys.Generation(propertyId), PropertyCacheKeys.SearchGeneration], ct));

    public void HostsChanged() =>
        afterCommit.Enqueue(ct => generations.BumpAsync([PropertyCacheKeys.HostsGeneration], ct));
}
