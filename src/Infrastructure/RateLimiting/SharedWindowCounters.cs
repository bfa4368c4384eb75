using AirbnbClone.Infrastructure.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// The counters of a node with Redis: Redis's (shared by every node) while it answers, this node's own in-process
/// counters while it does not. After a failure Redis is skipped for <see cref="RedisOptions.RetryAfterFailureSeconds"/>
/// (circuit breaker), so a dead Redis costs one failed call per period, not one per request. Limits never fail open:
/// a hit that Redis could not count is counted in process.
/// </summary>
public sealed partial class SharedWindowCounters(
    IWindowCounters shared,
    IWindowCounters local,
    IOptions<RedisOptions> options,
    TimeProvider clock,
    ILogger<SharedWindowCounters> logger) : IWindowCounters
{
    private readonly TimeSpan _skipAfterFailure = TimeSpan.FromSeconds(options.Value.RetryAfterFailureSeconds);
    private long _skipUntilTicks;

    public async ValueTask<WindowHit> HitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        if (IsSharedUsable())
        {
            try
            {
                return await shared.HitAsync(key, limit, window, cancellationToken);
            }
            catch (Exception exception) when (IsUnavailable(exception))
            {
                Trip(exception);
            }
        }

        return await local.HitAsync(key, limit, window, cancellationToken);
    }

    public async ValueTask ResetAsync(string key, CancellationToken cancellationToken)
    {
        // The node's own window goes too: a count it kept during an outage must not outlive the reset.
        await local.ResetAsync(key, cancellationToken);
        if (IsSharedUsable())
        {
            try
            {
                await shared.ResetAsync(key, cancellationToken);
            }
            catch (Exception exception) when (IsUnavailable(exception))
            {
                Trip(exception);
            }
        }
    }

    private static bool IsUnavailable(Exception exception) =>
        exception is RedisException or TimeoutException or ObjectDisposedException;

    private bool IsSharedUsable() => clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _skipUntilTicks);

    private void Trip(Exception exception)
    {
        Interlocked.Exchange(ref _skipUntilTicks, (clock.GetUtcNow() + _skipAfterFailure).UtcTicks);
        LogSharedCountersUnavailable(exception, _skipAfterFailure.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer a rate-limit or failed-login count: counting in this process for the next {Seconds} s")]
    private partial void LogSharedCountersUnavailable(Exception exception, double seconds);
}
