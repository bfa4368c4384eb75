using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings;

/// <summary>
/// A guest holds at most <see cref="MaxPerGuest"/> live requests to book at once: each one holds a listing's nights
/// for up to <see cref="Booking.RequestLifetime"/>, so without a cap one guest could freeze many calendars.
/// Confirmed bookings (instant book) do not count; nor do requests past their expiry.
/// </summary>
public sealed class PendingRequestLimit
{
    public const int DefaultMaxPerGuest = 5;

    public PendingRequestLimit(int maxPerGuest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerGuest, 1);
        MaxPerGuest = maxPerGuest;
    }

    public int MaxPerGuest { get; }

    /// <summary>
    /// Whether <paramref name="booking"/> may be (or stay) a pending request while its guest holds
    /// <paramref name="otherPendingRequests"/> other live ones.
    /// </summary>
    public Result Admit(Booking booking, int otherPendingRequests)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.Status != BookingStatus.Pending || otherPendingRequests < MaxPerGuest
            ? Result.Success()
            : BookingErrors.TooManyPending;
    }
}
