using AirbnbClone.Application.Abstractions.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>The Application's cache port over <see cref="IDistributedCache"/> (Redis, or memory when none is configured).</summary>
internal sealed class CacheService(IDistributedCache cache) : ICacheService
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => cache.GetStringAsync(key, cancellationToken);

    public Task SetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken) =>
        cache.SetStringAsync(key, value, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = expiration }, cancellationToken);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => cache.RemoveAsync(key, cancellationToken);
}
