using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>
/// Retry delays: exponential (base x 2^(attempt-1)), capped, with up to +25% random jitter so jobs that failed
/// together (an outage) do not all come back in the same instant. Without the cap, each delay is strictly longer
/// than the one before whatever the jitter.
/// </summary>
public static class JobBackoff
{
    public const double JitterFraction = 0.25;

    /// <param name="failedAttempt">The attempt that just failed (1 for the first run).</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    public static TimeSpan Delay(int failedAttempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        if (jitter is < 0 or >= 1 || double.IsNaN(jitter))
        {
            throw new ArgumentOutOfRangeException(nameof(jitter), jitter, "Jitter must be in [0, 1).");
        }

        // 2^30 base delays is far beyond any sane cap; clamping the exponent keeps the arithmetic finite.
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempt - 1, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 + (JitterFraction * jitter)));
    }
}
