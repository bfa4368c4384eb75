using System.Security.Claims;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>Signs short-lived access tokens (HS256) carrying the user id and role.</summary>
internal sealed class TokenService(IOptions<JwtOptions> options, TimeProvider clock) : ITokenService
{
    private readonly JwtOptions _options = options.Value;
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(_options.RefreshTokenDays);

    public AccessToken CreateAccessToken(User user)
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
}
