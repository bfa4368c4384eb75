using System.Collections.Concurrent;

namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// Fixed windows in this process only: the counters of a node without Redis, and every node's fallback while Redis
/// is unavailable (then each node counts on its own, so a client may get up to the limit from every node). Same
/// rules as <see cref="RedisWindowCounters"/>. Ended windows are swept as the map grows.
/// </summary>
public sealed class LocalWindowCounters(TimeProvider clock) : IWindowCounters
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private int _hitsSinceSweep;

    public ValueTask<WindowHit> HitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _hitsSinceSweep) >= SweepEvery)
        {
            Volatile.Write(ref _hitsSinceSweep, 0);
            Sweep();
        }

        while (true)
        {
            var counter = _windows.GetOrAdd(key, static _ => new Window());
            lock (counter)
            {
                if (counter.Removed)
                {
                    continue;
                }

                var now = clock.GetUtcNow();
                if (now >= counter.EndsAt)
                {
                    counter.Count = 0;
                    counter.EndsAt = now + window;
                }

                var admitted = counter.Count < limit;
                if (admitted)
                {
                    counter.Count++;
                }

                return ValueTask.FromResult(new WindowHit(admitted, counter.Count, counter.EndsAt - now));
            }
        }
    }

    public ValueTask ResetAsync(string key, CancellationToken cancellationToken)
    {
        if (_windows.TryRemove(key, out var counter))
        {
            lock (counter)
            {
                counter.Removed = true;
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, counter) in _windows)
        {
            lock (counter)
            {
                if (now >= counter.EndsAt && _windows.TryRemove(new KeyValuePair<string, Window>(key, counter)))
                {
                    counter.Removed = true;
                }
            }
        }
    }

    private sealed class Window
    {
        public long Count { get; set; }

        public DateTimeOffset EndsAt { get; set; } = DateTimeOffset.MinValue;

        /// <summary>Taken out of the map (reset or swept): a hit that still holds it starts over with the map's current window.</summary>
        public bool Removed { get; set; }
    }
}
