namespace AirbnbClone.Domain.Bookings;

/// <summary>Where a booking is in its life; only pending and confirmed hold the nights.</summary>
public enum BookingStatus
{
    Pending = 0,
    Confirmed = 1,
    Declined = 2,
    Expired = 3,
    Cancelled = 4,
    Completed = 5,
}
