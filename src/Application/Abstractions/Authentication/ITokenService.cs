using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

public interface ITokenService
{
    /// <summary>A signed access token for <paramref name="user"/> in login session <paramref name="sessionId"/> (its <c>sid</c>).</summary>
    AccessToken CreateAccessToken(User user, Guid sessionId);

    TimeSpan RefreshTokenLifetime { get; }

    /// <summary>How long after a rotation a replay of the spent refresh token gets the same successor back.</summary>
    TimeSpan RefreshReuseLeeway { get; }

    /// <summary>
    /// The refresh token that succeeds the token with id <paramref name="parentTokenId"/>: an HMAC of the id under a
    /// server key, so a replay within the leeway can be answered with the same successor although only hashes are stored.
    /// </summary>
    string SuccessorRefreshToken(Guid parentTokenId);
}
