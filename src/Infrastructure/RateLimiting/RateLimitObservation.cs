namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// What the rate limits a request went through counted, for its <c>RateLimit</c> response headers. The web layer
/// opens one per request (<see cref="Begin"/>) before the rate-limiting middleware runs; <see cref="CountingRateLimiter"/>
/// records each hit into it. When a request passes several limits, the one with the fewest requests left is shown.
/// </summary>
public sealed class RateLimitObservation
{
    private static readonly AsyncLocal<RateLimitObservation?> CurrentRequest = new();

    /// <summary>The observation of the request this code runs for, if one was opened.</summary>
    public static RateLimitObservation? Current => CurrentRequest.Value;

    public string? Policy { get; private set; }

    public int Limit { get; private set; }

    public long Remaining { get; private set; }

    public TimeSpan Window { get; private set; }

    public TimeSpan TimeLeft { get; private set; }

    /// <summary>Opens the observation of the current request (flows to everything it awaits).</summary>
    public static RateLimitObservation Begin()
    {
        var observation = new RateLimitObservation();
        CurrentRequest.Value = observation;
        return observation;
    }

    /// <summary>Records one limiter's hit. The limiters of one request run one after another, never at once.</summary>
    public void Record(string policy, int limit, TimeSpan window, WindowHit hit)
    {
        var remaining = hit.Admitted ? Math.Max(0, limit - hit.Count) : 0;
        if (Policy is not null && remaining >= Remaining)
        {
            return;
        }

        Policy = policy;
        Limit = limit;
        Window = window;
        Remaining = remaining;
        TimeLeft = hit.TimeLeft;
    }
}
