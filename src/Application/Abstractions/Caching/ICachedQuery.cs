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
    /// Tags of the answer: a command that changes what the answer shows invalidates one of them after its commit
    /// (<see cref="ICacheService.InvalidateTagsAsync"/>), which hides this answer on every node at once. Empty: plain
    /// cache-aside keyed by <see cref="CacheKey"/>, living until it expires.
    /// </summary>
    IReadOnlyList<string> Tags => [];

    /// <summary>
    /// True: kept in each node's memory only, never in Redis (see <see cref="CacheEntrySettings.LocalOnly"/>): for
    /// answers one indexed lookup away, where a Redis round trip on every miss costs as much as the query it saves.
    /// </summary>
    bool LocalOnly => false;
}
