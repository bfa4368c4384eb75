using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Users.DeleteUser;

/// <summary>
/// A feature that can veto deleting an account (bookings: future confirmed stays or hosted bookings
/// answer <see cref="Domain.Users.UserErrors.HasActiveBookings"/>). Each feature registers its own.
/// </summary>
public interface IUserDeletionGuard
{
    Task<Result> CanDeleteAsync(Guid userId, CancellationToken cancellationToken);
}
