using System.Diagnostics;
using System.Threading.RateLimiting;

namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// A fixed-window <see cref="RateLimiter"/> for one partition whose count lives in <see cref="IWindowCounters"/>
/// (Redis, shared by every node, or in process), so ASP.NET Core's rate-limiting middleware and policies work as
/// they do with its own limiters. A refused lease carries <see cref="MetadataName.RetryAfter"/>: the window's time left.
/// Every hit is recorded in the request's <see cref="RateLimitObservation"/> (its RateLimit response headers).
/// </summary>
public sealed class CountingRateLimiter : RateLimiter
{
    private static readonly RateLimitLease NotWithoutWaiting = new Lease(isAcquired: false, retryAfter: null);
    private static readonly RateLimitLease Admitted = new Lease(isAcquired: true, retryAfter: null);

    private readonly IWindowCounters _counters;
    private readonly string _key;
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly string _policy;
    private readonly bool _countsInProcess;
    private int _inFlight;
    private long _idleSince = Stopwatch.GetTimestamp();

    /// <param name="policy">The name clients see in the RateLimit headers; the key when not given.</param>
    public CountingRateLimiter(IWindowCounters counters, string key, int permitLimit, TimeSpan window, string? policy = null)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _counters = counters;
        _key = key;
        _permitLimit = permitLimit;
        _window = window;
        _policy = policy ?? key;
        _countsInProcess = counters is LocalWindowCounters;
    }

    public override TimeSpan? IdleDuration =>
        Volatile.Read(ref _inFlight) > 0 ? null : Stopwatch.GetElapsedTime(Interlocked.Read(ref _idleSince));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>
    /// Counting may need a Redis round trip, which a synchronous call must not wait for: it answers "not without
    /// waiting", and the middleware then asks <see cref="AcquireAsyncCore"/>. Counters in this process's memory
    /// (<see cref="LocalWindowCounters"/>: the reads limit) answer at once, so they count here, in one step.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (!_countsInProcess)
        {
            return NotWithoutWaiting;
        }

        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        var pending = _counters.HitAsync(_key, _permitLimit, _window, CancellationToken.None);
        var hit = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        Interlocked.Exchange(ref _idleSince, Stopwatch.GetTimestamp());
        return Leased(hit);
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        // One request, one permit: that is all the middleware asks for.
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        Interlocked.Increment(ref _inFlight);
        try
        {
            return Leased(await _counters.HitAsync(_key, _permitLimit, _window, cancellationToken));
        }
        finally
        {
            Interlocked.Exchange(ref _idleSince, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private RateLimitLease Leased(WindowHit hit)
    {
        RateLimitObservation.Current?.Record(_policy, _permitLimit, _window, hit);
        return hit.Admitted ? Admitted : new Lease(isAcquired: false, hit.TimeLeft);
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        private static readonly string[] RetryAfterOnly = [MetadataName.RetryAfter.Name];

        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : RetryAfterOnly;

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
