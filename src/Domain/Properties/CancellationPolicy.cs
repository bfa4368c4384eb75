namespace AirbnbClone.Domain.Properties;

/// <summary>How much of a stay is refunded when it is cancelled (the bookings feature applies it).</summary>
public enum CancellationPolicy
{
    Flexible = 0,
    Moderate = 1,
    Strict = 2,
}
