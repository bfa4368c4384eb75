namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>
/// The shared two-level cache: an in-process L1 in front of Redis (L2), whose invalidations reach every node
/// (docs/adr/0010-two-level-cache.md). Fails open: when Redis is down or slow, reads fall through to the factory and
/// writes stay on this node, and caching resumes by itself when Redis is back.
/// </summary>
public interface ICacheService
{
    /// <summary>
    /// The value cached under <paramref name="key"/> (unless one of its tags was invalidated after it was stored), or
    /// the factory's answer, stored with <paramref name="entry"/>'s lifetime and tags. Concurrent misses of one key on
    /// one node run the factory once. A null answer is returned and not stored (a failure is never cached).
    /// </summary>
    Task<TValue?> GetOrCreateAsync<TValue>(
        string key, Func<CancellationToken, Task<TValue?>> factory, CacheEntrySettings entry, CancellationToken cancellationToken)
        where TValue : class;

    /// <summary>Hides every entry stored with any of these tags, on this node at once and on every other node through Redis.</summary>
    Task InvalidateTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}
