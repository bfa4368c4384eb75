namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>
/// A query whose successful answer may be served from the shared cache. The key must hold every input
/// the answer depends on, and the answer must not depend on who asks.
/// </summary>
public interface ICachedQuery
{
    string CacheKey { get; }

    TimeSpan? Expiration { get; }
}

/// <summary>The shared cache (Redis in production). Every method fails open: errors become misses.</summary>
public interface ICacheService
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken);

    Task RemoveAsync(string key, CancellationToken cancellationToken);
}
