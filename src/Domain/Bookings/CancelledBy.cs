namespace AirbnbClone.Domain.Bookings;

/// <summary>Who cancels a booking: the guest is bound by the policy, the host and admins refund in full.</summary>
public enum CancelledBy
{
    Guest = 0,
    Host = 1,
    Admin = 2,
}
