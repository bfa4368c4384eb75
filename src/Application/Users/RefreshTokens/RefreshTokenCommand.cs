using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users.RefreshTokens;

/// <summary>
/// Trades a refresh token for a new pair. A failure still commits: revoking a stolen token's family
/// must stick even though the caller gets 401.
/// </summary>
public sealed record RefreshTokenCommand(string? RefreshToken) : ICommand<TokenResponse>, ICommitsOnFailure;

internal sealed class RefreshTokenCommandHandler(
    IRefreshTokenRepository refreshTokens,
    IUserRepository users,
    TokenPairIssuer tokens,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RefreshTokenCommand, TokenResponse>
{
    public async Task<Result<TokenResponse>> Handle(RefreshTokenCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await refreshTokens.GetByHashForUpdateAsync(RefreshTokenSecret.Hash(request.RefreshToken!), cancellationToken);
        if (current is null)
        {
            return UserErrors.InvalidRefreshToken;
        }

        if (current.SpentAt is not null)
        {
            // A spent token came back: someone holds a copy. End the whole session for everyone holding it.
            await refreshTokens.RevokeFamilyAsync(current.FamilyId, now, cancellationToken);
            return UserErrors.InvalidRefreshToken;
        }

        var user = await users.GetByIdAsync(current.UserId, cancellationToken);
        if (user is null || user.IsDeleted || tokens.Rotate(user, current) is not { } response)
        {
            return UserErrors.InvalidRefreshToken;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return response;
    }
}
