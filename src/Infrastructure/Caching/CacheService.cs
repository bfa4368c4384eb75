using AirbnbClone.Application.Abstractions.Caching;
using Microsoft.Extensions.Caching.Distributed;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>The Application's cache port over <see cref="IDistributedCache"/> (Redis, or memory when none is configured).</summary>
internal sealed class CacheService(IDistributedCache cache) : ICacheService
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => cache.GetStringAsync(key, cancellationToken);

    public Task SetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken) =>
        cache.SetStringAsync(key, value, Options(expiration), cancellationToken);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => cache.RemoveAsync(key, cancellationToken);

    public async Task<IReadOnlyList<string?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (cache is RedisDistributedCache redis)
        {
            var values = await redis.GetManyAsync(keys, cancellationToken);
            return values.Select(v => v is null ? null : System.Text.Encoding.UTF8.GetString(v)).ToArray();
        }

        // In-process memory: no round trips to save.
        var results = new string?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            results[i] = await cache.GetStringAsync(keys[i], cancellationToken);
        }

        return results;
    }

    public async Task<bool> TrySetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken)
    {
        if (cache is RedisDistributedCache redis)
        {
            return await redis.TrySetAsync(key, System.Text.Encoding.UTF8.GetBytes(value), Options(expiration), cancellationToken);
        }

        await cache.SetStringAsync(key, value, Options(expiration), cancellationToken);
        return true;
    }

    private static DistributedCacheEntryOptions Options(TimeSpan expiration) => new() { AbsoluteExpirationRelativeToNow = expiration };
}
