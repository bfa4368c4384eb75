namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// The answer of one hit on a fixed-window counter: whether it was admitted (and counted), the window's count after
/// it, and how long the window has left.
/// </summary>
public readonly record struct WindowHit(bool Admitted, long Count, TimeSpan TimeLeft);
