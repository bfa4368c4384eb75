using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>Configuration section "Auth": password hashing cost, failed-login lockout and refresh-token replay leeway.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>PBKDF2 iterations of <c>PasswordHasher&lt;T&gt;</c> (its default: 100,000).</summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    public int MaxFailedLoginsPerEmail { get; set; } = 10;

    public int FailedLoginWindowMinutes { get; set; } = 15;

    /// <summary>
    /// Seconds after a refresh token's rotation during which presenting it again answers the same successor (parallel
    /// refreshes of a mobile client) instead of revoking its family. 0 turns the leeway off.
    /// </summary>
    public int RefreshReuseLeewaySeconds { get; set; } = 10;
}
