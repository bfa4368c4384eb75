using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>
/// Signs short-lived access tokens (HS256) carrying the user id, role and login session, and derives successor refresh
/// tokens with an HMAC key of its own (HKDF of the signing key, so no second secret has to be configured).
/// </summary>
internal sealed class TokenService(IOptions<JwtOptions> options, IOptions<AuthOptions> authOptions, TimeProvider clock) : ITokenService
{
    private static readonly byte[] SuccessorKeyInfo = Encoding.UTF8.GetBytes("airbnbclone refresh-token successor v1");

    private readonly JwtOptions _options = options.Value;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly byte[] _successorKey = HKDF.DeriveKey(
        HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(options.Value.SigningKey), 32, salt: [], info: SuccessorKeyInfo);

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(_options.RefreshTokenDays);

    public TimeSpan RefreshReuseLeeway { get; } = TimeSpan.FromSeconds(authOptions.Value.RefreshReuseLeewaySeconds);

    public string SuccessorRefreshToken(Guid parentTokenId) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_successorKey, parentTokenId.ToByteArray(bigEndian: true)));

    public AccessToken CreateAccessToken(User user, Guid sessionId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(_options.AccessTokenMinutes);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
                new Claim(ClaimNames.Session, sessionId.ToString()),
                new Claim(ClaimNames.Role, user.Role.ToName()),
            ]),
            SigningCredentials = new SigningCredentials(_options.CreateSigningKey(), JwtOptions.Algorithm),
        };
        return new AccessToken(_handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }
}

public static class ClaimNames
{
    public const string Role = "role";
    public const string Subject = JwtRegisteredClaimNames.Sub;

    /// <summary>The login session (refresh-token family) the access token belongs to; ending the session refuses it.</summary>
    public const string Session = JwtRegisteredClaimNames.Sid;
}
