using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>Configuration section "Jwt".</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>The only algorithm accepted; pinned so a token cannot choose "none" or another key type.</summary>
    public const string Algorithm = "HS256";

    public string Issuer { get; set; } = "airbnbclone";

    public string Audience { get; set; } = "airbnbclone-api";

    /// <summary>HMAC key, at least 32 bytes of UTF-8. Required; there is no default outside Development.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 30;

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey));
}
