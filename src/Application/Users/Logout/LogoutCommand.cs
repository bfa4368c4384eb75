using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Users.Logout;

/// <summary>Ends the session the refresh token belongs to (its whole family, and its access tokens on every node).</summary>
public sealed record LogoutCommand(string? RefreshToken) : ICommand;

/// <summary>
/// Idempotent: an unknown token, or one of another user, answers success without revealing anything
/// and without touching someone else's session.
/// </summary>
internal sealed class LogoutCommandHandler(
    IRefreshTokenRepository refreshTokens,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<LogoutCommand>
{
    public async Task<Result> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        var token = await refreshTokens.GetByHashForUpdateAsync(RefreshTokenSecret.Hash(request.RefreshToken!), cancellationToken);
        if (token is not null && token.UserId == currentUser.UserId)
        {
            // Revokes the family and tells every node (EndSessionsHandler).
            token.EndSession(clock.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
