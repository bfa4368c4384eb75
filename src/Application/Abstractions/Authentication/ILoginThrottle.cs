using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Abstractions.Authentication;

/// <summary>Counts failed logins per e-mail address across all API nodes (Redis-backed).</summary>
public interface ILoginThrottle
{
    /// <summary>How long the address is locked out, or null when it may try.</summary>
    Task<TimeSpan?> GetLockoutAsync(Email email, CancellationToken cancellationToken);

    Task RecordFailureAsync(Email email, CancellationToken cancellationToken);

    Task ResetAsync(Email email, CancellationToken cancellationToken);
}
