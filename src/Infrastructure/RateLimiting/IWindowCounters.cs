namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// Fixed-window counters by key, the one mechanism behind the rate limits and the failed-login lockout. A window
/// opens with the first hit on a key and lasts <c>window</c>; a hit is admitted and counted while the count is below
/// <c>limit</c>, refused (and not counted) after that, until the window ends.
/// </summary>
public interface IWindowCounters
{
    /// <summary>Counts one hit on <paramref name="key"/> if it is within <paramref name="limit"/>; check and count are one atomic step.</summary>
    ValueTask<WindowHit> HitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="key"/>'s window.</summary>
    ValueTask ResetAsync(string key, CancellationToken cancellationToken);
}
