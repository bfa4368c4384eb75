using Microsoft.IdentityModel.Tokens;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>Configuration section "Auth": password hashing cost and failed-login lockout.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>PBKDF2 iterations of <c>PasswordHasher&lt;T&gt;</c> (its default: 100,000).</summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    public int MaxFailedLoginsPerEmail { get; set; } = 10;

    public int FailedLoginWindowMinutes { get; set; } = 15;
}
