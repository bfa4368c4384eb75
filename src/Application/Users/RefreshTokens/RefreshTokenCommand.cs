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
        // The row lock queues parallel refreshes of one token: the first rotates it, the others find it spent.
        var current = await refreshTokens.GetByHashForUpdateAsync(RefreshTokenSecret.Hash(request.RefreshToken!), cancellationToken);
        if (current is null)
        {
            return UserErrors.InvalidRefreshToken;
        }

        var user = await users.GetByIdAsync(current.UserId, cancellationToken);
        if (user is null || user.IsDeleted)
        {
            return UserErrors.InvalidRefreshToken;
        }

        TokenResponse? response = null;
        if (current.SpentAt is null)
        {
            response = tokens.Rotate(user, current);
            if (response is null)
            {
                return UserErrors.InvalidRefreshToken;
            }
        }
        else
        {
            // Just rotated: a client refreshing in parallel gets the same successor (nothing to save).
            if (await tokens.ReissueSuccessorAsync(user, current, cancellationToken) is { } again)
            {
                return again;
            }

            // A spent token came back later: someone holds a copy. End the whole session for everyone holding it.
            current.EndSession(clock.GetUtcNow());
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        // No response: the session was just ended, and that commits although the caller gets 401.
        return response is null ? UserErrors.InvalidRefreshToken : response;
    }
}
