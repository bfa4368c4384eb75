using System.Diagnostics;

namespace AirbnbClone.Bench.Jobs;

/// <summary>
/// What the handler saw: how many times each job ran (a job is identified by its payload number) and, for the
/// steady phase, when it was handed to the queue and when it started, both on the monotonic clock.
/// </summary>
internal sealed class Ledger
{
    private int[] _runs = [];
    private long[] _enqueuedAt = [];
    private long[] _committedAt = [];
    private long[] _startedAt = [];

    public void Reset(int jobs)
    {
        _runs = new int[jobs];
        _enqueuedAt = new long[jobs];
        _committedAt = new long[jobs];
        _startedAt = new long[jobs];
    }

    public int Total => _runs.Length;

    public void Enqueuing(int n) => _enqueuedAt[n] = Stopwatch.GetTimestamp();

    public void Committed(int n) => _committedAt[n] = Stopwatch.GetTimestamp();

    public void Started(int n)
    {
        Interlocked.CompareExchange(ref _startedAt[n], Stopwatch.GetTimestamp(), 0);
        Interlocked.Increment(ref _runs[n]);
    }

    public long StartedCount() => _runs.Sum(r => (long)Math.Min(r, 1));

    /// <summary>Jobs that ran more than once, and jobs that never ran.</summary>
    public (int RunTwice, int Lost) Check() => (_runs.Count(r => r > 1), _runs.Count(r => r == 0));

    /// <summary>Enqueue-to-start latency (ms) of every job that started, sorted.</summary>
    public double[] StartLatencies() => Latencies(_enqueuedAt, _startedAt);

    /// <summary>The part of it the enqueue call took (the durable commit), sorted.</summary>
    public double[] CommitLatencies() => Latencies(_enqueuedAt, _committedAt);

    /// <summary>The part after the enqueue call returned: wake-up, claim, handing to the handler; sorted.</summary>
    public double[] CommitToStartLatencies() => Latencies(_committedAt, _startedAt);

    private double[] Latencies(long[] from, long[] to) => Enumerable.Range(0, _runs.Length)
        .Where(n => from[n] != 0 && to[n] != 0)
        .Select(n => Stopwatch.GetElapsedTime(from[n], to[n]).TotalMilliseconds)
        .Order()
        .ToArray();
}
