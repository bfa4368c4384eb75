using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

/// <summary>Who is calling, taken from the validated access token only (never from a request body).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The caller's id; throws when the call is anonymous.</summary>
    Guid UserId { get; }

    Role Role { get; }
}

public enum PasswordVerification
{
    Failed = 0,
    Success = 1,
    SuccessRehashNeeded = 2,
}

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordVerification Verify(string passwordHash, string password);
}

public sealed record AccessToken(string Token, int ExpiresInSeconds);

public interface ITokenService
{
    AccessToken CreateAccessToken(User user);

    TimeSpan RefreshTokenLifetime { get; }
}

/// <summary>Counts failed logins per e-mail address across all API nodes (Redis-backed).</summary>
public interface ILoginThrottle
{
    /// <summary>How long the address is locked out, or null when it may try.</summary>
    Task<TimeSpan?> GetLockoutAsync(Email email, CancellationToken cancellationToken);

    Task RecordFailureAsync(Email email, CancellationToken cancellationToken);

    Task ResetAsync(Email email, CancellationToken cancellationToken);
}
