using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Abstractions.Authentication;

/// <summary>
/// Counts password attempts per e-mail address, shared by every API node (Redis; per node while Redis is down).
/// An attempt is counted before its password is checked, in one atomic step with the limit check, so parallel
/// attempts, on one node or many, can never check more passwords than the limit allows.
/// </summary>
public interface ILoginThrottle
{
    /// <summary>
    /// Counts one attempt for <paramref name="email"/>. Null: within the limit, check the password (a right one then
    /// calls <see cref="ResetAsync"/>; a wrong one stays counted). Otherwise the address is locked out for the time
    /// answered: refuse without checking the password (this attempt is not counted).
    /// </summary>
    Task<TimeSpan?> TryCountAttemptAsync(Email email, CancellationToken cancellationToken);

    /// <summary>The password was right: the address's counted attempts are forgotten.</summary>
    Task ResetAsync(Email email, CancellationToken cancellationToken);
}
