using System.Text.Json;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Shared;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>
/// Fixed-window count of failed logins per e-mail in the shared cache, so every API node sees the same
/// count. Counting is read-modify-write: a burst of parallel failures may undercount by a few, which
/// still stops a guessing attack; when Redis is down the limit is per node (in-memory) or open.
/// </summary>
internal sealed class LoginThrottle(IDistributedCache cache, IOptions<AuthOptions> options, TimeProvider clock) : ILoginThrottle
{
    private readonly AuthOptions _options = options.Value;

    private TimeSpan Window => TimeSpan.FromMinutes(_options.FailedLoginWindowMinutes);

    public async Task<TimeSpan?> GetLockoutAsync(Email email, CancellationToken cancellationToken)
    {
        var state = await ReadAsync(email, cancellationToken);
        var now = clock.GetUtcNow();
        if (state is null || state.Count < _options.MaxFailedLoginsPerEmail || now >= state.WindowStart + Window)
        {
            return null;
        }

        return state.WindowStart + Window - now;
    }

    public async Task RecordFailureAsync(Email email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var state = await ReadAsync(email, cancellationToken);
        state = state is null || now >= state.WindowStart + Window
            ? new FailureWindow(1, now)
            : state with { Count = state.Count + 1 };
        try
        {
            await cache.SetStringAsync(
                Key(email),
                JsonSerializer.Serialize(state),
                new DistributedCacheEntryOptions { AbsoluteExpiration = state.WindowStart + Window },
                cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Redis down: the failure goes uncounted (fail-open), the login still answers.
        }
    }

    public async Task ResetAsync(Email email, CancellationToken cancellationToken)
    {
        try
        {
            await cache.RemoveAsync(Key(email), cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Redis down: nothing to reset that anyone can read.
        }
    }

    private static string Key(Email email) => $"login-failures:{email.Value}";

    private async Task<FailureWindow?> ReadAsync(Email email, CancellationToken cancellationToken)
    {
        try
        {
            var json = await cache.GetStringAsync(Key(email), cancellationToken);
            return json is null ? null : JsonSerializer.Deserialize<FailureWindow>(json);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return null;
        }
    }

    private sealed record FailureWindow(int Count, DateTimeOffset WindowStart);
}
