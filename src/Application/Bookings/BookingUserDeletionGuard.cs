using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Bookings;

/// <summary>
/// An account with a future confirmed stay, or hosting a pending or confirmed future booking, cannot be deleted. Asked
/// through the command's own connection and transaction (the repository), never the read replica.
/// </summary>
internal sealed class BookingUserDeletionGuard(IBookingRepository bookings, TimeProvider clock) : IUserDeletionGuard
{
    public async Task<Result> CanDeleteAsync(Guid userId, CancellationToken cancellationToken) =>
        await bookings.HasActiveStaysOfUserAsync(userId, Booking.Today(clock.GetUtcNow()), cancellationToken)
            ? UserErrors.HasActiveBookings
            : Result.Success();
}
