using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Infrastructure.RateLimiting;
using Microsoft.Extensions.Options;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>
/// Password attempts per e-mail in a fixed window of <see cref="AuthOptions.FailedLoginWindowMinutes"/> that opens
/// with the first attempt: at most <see cref="AuthOptions.MaxFailedLoginsPerEmail"/> are checked, the rest are locked
/// out until the window ends. Counted in <see cref="IWindowCounters"/> (Redis, atomic across nodes; per node while
/// Redis is unavailable).
/// </summary>
internal sealed class LoginThrottle(IWindowCounters counters, IOptions<AuthOptions> options) : ILoginThrottle
{
    private readonly AuthOptions _options = options.Value;

    public async Task<TimeSpan?> TryCountAttemptAsync(Email email, CancellationToken cancellationToken)
    {
        var hit = await counters.HitAsync(
            Key(email), _options.MaxFailedLoginsPerEmail, TimeSpan.FromMinutes(_options.FailedLoginWindowMinutes), cancellationToken);
        return hit.Admitted ? null : hit.TimeLeft;
    }

    public async Task ResetAsync(Email email, CancellationToken cancellationToken) =>
        await counters.ResetAsync(Key(email), cancellationToken);

    /// <summary>The counter's key (before the Redis instance prefix).</summary>
    internal static string Key(Email email) => $"login-failures:{email.Value}";
}
