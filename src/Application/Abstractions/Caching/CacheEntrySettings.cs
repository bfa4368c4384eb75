namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>How long a cached answer lives, and the tags whose invalidation hides it.</summary>
public sealed record CacheEntrySettings(TimeSpan Expiration, IReadOnlyList<string> Tags);
