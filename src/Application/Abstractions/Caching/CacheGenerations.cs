using System.Collections.Concurrent;

namespace AirbnbClone.Application.Abstractions.Caching;

/// <summary>
/// Generation counters kept in the shared cache: a cached answer records the generations it was read under, and
/// is served only while they are unchanged (see <see cref="ICachedQuery.GenerationKeys"/>). Bumping a generation
/// (a fresh random value) therefore invalidates every answer that depends on it, on every node, in one write, and a
/// reader that raced the writer (read the database before the commit, stored after the bump) stores its answer
/// under the old generation, where nobody looks any more.
/// </summary>
/// <remarks>
/// A bump the cache did not confirm (Redis unreachable) is remembered on this node and retried before its next cached
/// read; until it lands, this node serves those queries from the database. See docs/adr/0006-listing-cache.md.
/// </remarks>
public sealed class CacheGenerations(ICacheService cache)
{
    /// <summary>Outlives every entry stamped with it by far; a generation that expired reads as "0", like a new one.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    /// <summary>True while a bump of this node has not reached the cache.</summary>
    public bool HasPending => !_pending.IsEmpty;

    /// <summary>Gives each key a new value. Never throws for cache failures: they are kept and retried.</summary>
    public async Task BumpAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (!await cache.TrySetAsync(key, NewValue(), Lifetime, cancellationToken))
            {
                _pending[key] = 0;
            }
            else
            {
                _pending.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Retries the bumps the cache has not confirmed yet; answers whether none is left.</summary>
    public async Task<bool> FlushPendingAsync(CancellationToken cancellationToken)
    {
        if (_pending.IsEmpty)
        {
            return true;
        }

        await BumpAsync(_pending.Keys.ToArray(), cancellationToken);
        return _pending.IsEmpty;
    }

    /// <summary>The stamp of a set of generation values as read from the cache (a missing one counts as "0").</summary>
    public static string Stamp(IEnumerable<string?> values) => string.Join(',', values.Select(v => v ?? "0"));

    private static string NewValue() => Guid.CreateVersion7().ToString("N");
}
