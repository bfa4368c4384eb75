namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>
/// A query whose successful answer may be served from the shared cache. The key must hold every input
/// the answer depends on, and the answer must not depend on who asks.
/// </summary>
public interface ICachedQuery
{
    string CacheKey { get; }

    TimeSpan? Expiration { get; }

    /// <summary>
    /// Generation counters the answer depends on (see <see cref="CacheGenerations"/>). A cached answer is served
    /// only while every one of them still has the value it had when the answer was read from the database, so a
    /// command that bumps one after its commit hides every older answer at once, on every node. Empty: plain
    /// cache-aside keyed by <see cref="CacheKey"/> only.
    /// </summary>
    IReadOnlyList<string> GenerationKeys => [];
}

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
