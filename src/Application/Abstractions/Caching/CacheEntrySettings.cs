namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>
/// How long a cached answer lives, the tags whose invalidation hides it, and whether it is kept in each node's memory
/// only (<paramref name="LocalOnly"/>: no Redis read or write on a miss, for answers that cost about as much to read
/// from PostgreSQL as from Redis; invalidations still reach every node).
/// </summary>
public sealed record CacheEntrySettings(TimeSpan Expiration, IReadOnlyList<string> Tags, bool LocalOnly = false);
