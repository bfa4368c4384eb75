using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users;

/// <summary>Issues an access token and a refresh token for a user; shared by login and refresh.</summary>
internal sealed class TokenPairIssuer(ITokenService tokenService, IRefreshTokenRepository refreshTokens, TimeProvider clock)
{
    public TokenResponse IssueNewSession(User user)
    {
        var (token, hash) = RefreshTokenSecret.Generate();
        refreshTokens.Add(RefreshToken.IssueFirst(user.Id, hash, clock.GetUtcNow(), tokenService.RefreshTokenLifetime));
        return Respond(user, token);
    }

    public TokenResponse? Rotate(User user, RefreshToken current)
    {
        var (token, hash) = RefreshTokenSecret.Generate();
        var next = current.Rotate(hash, clock.GetUtcNow(), tokenService.RefreshTokenLifetime);
        if (next.IsFailure)
        {
            return null;
        }

        refreshTokens.Add(next.Value);
        return Respond(user, token);
    }

    private TokenResponse Respond(User user, string refreshToken)
    {
        var access = tokenService.CreateAccessToken(user);
        return new TokenResponse(access.Token, refreshToken, access.ExpiresInSeconds);
    }
}
