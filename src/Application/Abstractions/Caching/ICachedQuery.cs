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
