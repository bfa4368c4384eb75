using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users.DeleteUser;

internal sealed class DeleteUserCommandHandler(
    IUserRepository users,
    IRefreshTokenRepository refreshTokens,
    IEnumerable<IUserDeletionGuard> guards,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    Properties.PropertyCacheInvalidator? listingCache = null) : ICommandHandler<DeleteUserCommand>
{
    public async Task<Result> Handle(DeleteUserCommand request, CancellationToken cancellationToken)
    {
        if (currentUser.UserId != request.UserId && currentUser.Role != Role.Admin)
        {
            return UserErrors.NotAllowed;
        }

        var user = await users.GetByIdAsync(request.UserId, cancellationToken);
        if (user is null || user.IsDeleted)
        {
            return UserErrors.NotFound;
        }

        foreach (var guard in guards)
        {
            var allowed = await guard.CanDeleteAsync(user.Id, cancellationToken);
            if (allowed.IsFailure)
            {
                return allowed;
            }
        }

        var now = clock.GetUtcNow();
        var deleted = user.Delete(now);
        if (deleted.IsFailure)
        {
            return deleted;
        }

        await refreshTokens.RevokeAllForUserAsync(user.Id, now, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (user.Role != Role.Guest)
        {
            // Listing details show their host's first name, which deletion scrubs.
            listingCache?.HostsChanged();
        }

        return Result.Success();
    }
}
