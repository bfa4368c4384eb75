namespace AirbnbClone.Infrastructure.Caching;

/// <summary>
/// Settings of the two-level cache (docs/adr/0010-two-level-cache.md), bound from the section <see cref="SectionName"/>.
/// Redis itself (L2, backplane, timeouts) is configured under "Redis" (<see cref="Redis.RedisOptions"/>).
/// </summary>
public sealed class CacheOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Cache";

    /// <summary>Most entries the in-process L1 holds (each counts 1, tag stamps included); the least recently used go first.</summary>
    public int MemoryEntryLimit { get; set; } = 50_000;

    /// <summary>
    /// Fail-safe: when the database fails while refreshing an expired entry, the last answer is served for up to this
    /// many seconds instead of an error. 0 turns fail-safe off.
    /// </summary>
    public int FailSafeMaxSeconds { get; set; } = 300;

    /// <summary>
    /// A tag is invalidated once more this many milliseconds (up to 1.5x) after its last invalidation, which also hides
    /// an answer that a reader read from the database before the change committed and stored just after the
    /// invalidation. 0 turns the second invalidation off.
    /// </summary>
    public int ReinvalidateAfterMs { get; set; } = 1_000;

    /// <summary>True when every setting is in range.</summary>
    public bool IsValid() => MemoryEntryLimit >= 100 && FailSafeMaxSeconds >= 0 && ReinvalidateAfterMs is >= 0 and <= 60_000;
}
