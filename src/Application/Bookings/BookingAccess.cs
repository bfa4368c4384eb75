using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Bookings;

/// <summary>
/// Who may see a booking: its guest, its listing's host and admins; to anyone else it does not exist (404). The one
/// place this rule is written: commands and queries both ask here. What each party may then do is the aggregate's rule.
/// </summary>
internal static class BookingAccess
{
    public static bool CanSee(this ICurrentUser caller, Guid guestId, Guid hostId) =>
        caller.IsAuthenticated && (caller.Role == Role.Admin || caller.UserId == guestId || caller.UserId == hostId);

    public static bool IsAdmin(this ICurrentUser caller) => caller.Role == Role.Admin;
}
