using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users.DeleteUser;

/// <summary>Deletes an account: the user themself or an admin.</summary>
public sealed record DeleteUserCommand(Guid UserId) : ICommand;

internal sealed class DeleteUserCommandHandler(
    IUserRepository users,
    IEnumerable<IUserDeletionGuard> guards,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<DeleteUserCommand>
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

        var deleted = user.Delete(clock.GetUtcNow());
        if (deleted.IsFailure)
        {
            return deleted;
        }

        // Its sessions end and its listings stop showing its name (EndSessionsHandler, HostNameCacheInvalidationHandler).
        await unitOfWork.SaveChangesAsync(cancellationToken);

        return Result.Success();
    }
}
