using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users;

/// <summary>Issues an access token and a refresh token for a user; shared by login and refresh.</summary>
internal sealed class TokenPairIssuer(ITokenService tokenService, IRefreshTokenRepository refreshTokens, TimeProvider clock)
{
    public TokenResponse IssueNewSession(User user)
    {
        var (token, hash) = RefreshTokenSecret.Generate();
        var first = RefreshToken.IssueFirst(user.Id, hash, clock.GetUtcNow(), tokenService.RefreshTokenLifetime);
        refreshTokens.Add(first);
        return Respond(user, token, first.FamilyId);
    }

    public TokenResponse? Rotate(User user, RefreshToken current)
    {
        var token = tokenService.SuccessorRefreshToken(current.Id);
        var next = current.Rotate(RefreshTokenSecret.Hash(token), clock.GetUtcNow(), tokenService.RefreshTokenLifetime);
        if (next.IsFailure)
        {
            return null;
        }

        refreshTokens.Add(next.Value);
        return Respond(user, token, current.FamilyId);
    }

    /// <summary>
    /// A replay of <paramref name="spent"/> within the leeway: the successor its rotation issued, with a fresh access
    /// token, while that successor is still unspent and unrevoked. Null otherwise (the replay then ends the session).
    /// </summary>
    public async Task<TokenResponse?> ReissueSuccessorAsync(User user, RefreshToken spent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!spent.MayReplay(now, tokenService.RefreshReuseLeeway))
        {
            return null;
        }

        var token = tokenService.SuccessorRefreshToken(spent.Id);
        var successor = await refreshTokens.GetByHashAsync(RefreshTokenSecret.Hash(token), cancellationToken);
        return successor is not null && successor.FamilyId == spent.FamilyId && successor.IsActive(now)
            ? Respond(user, token, spent.FamilyId)
            : null;
    }

    private TokenResponse Respond(User user, string refreshToken, Guid sessionId)
    {
        var access = tokenService.CreateAccessToken(user, sessionId);
        return new TokenResponse(access.Token, refreshToken, access.ExpiresInSeconds);
    }
}
