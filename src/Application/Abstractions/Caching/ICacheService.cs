namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>The shared cache (Redis in production). Every method fails open: errors become misses.</summary>
public interface ICacheService
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken);

    Task RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Reads several entries in one round trip (one consistent snapshot on Redis). Missing entries, and every
    /// entry when the cache is unreachable, are null. Sliding expirations are not refreshed.
    /// </summary>
    Task<IReadOnlyList<string?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Like <see cref="SetAsync"/>, but answers whether the cache confirmed the write (false: it was dropped).</summary>
    Task<bool> TrySetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken);
}
