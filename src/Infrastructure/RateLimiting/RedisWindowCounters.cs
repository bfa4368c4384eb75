using AirbnbClone.Infrastructure.Redis;
using StackExchange.Redis;

namespace AirbnbClone.Infrastructure.RateLimiting;

/// <summary>
/// Fixed windows in Redis, shared by every node: one Lua script per hit (read, INCR, PEXPIRE on the window's first
/// hit, PTTL), so parallel hits from any number of nodes are counted exactly. The window's end is Redis's own key
/// expiry, not a node's clock. Keys are prefixed with <see cref="RedisConnection.InstanceName"/>. Throws
/// <see cref="RedisException"/> or <see cref="TimeoutException"/> when Redis is unavailable (see <see cref="SharedWindowCounters"/>).
/// </summary>
public sealed class RedisWindowCounters(RedisConnection redis) : IWindowCounters
{
    // KEYS[1] counter; ARGV[1] limit; ARGV[2] window in ms. Answers {admitted 1|0, count, ms left}.
    // A counter that somehow lost its expiry gets the window again, so nothing is ever counted forever.
    private const string HitScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local admitted = 0
        if count < tonumber(ARGV[1]) then
          count = redis.call('INCR', KEYS[1])
          admitted = 1
          if count == 1 then
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
          end
        end
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          ttl = tonumber(ARGV[2])
        end
        return {admitted, count, ttl}
        """;

    public async ValueTask<WindowHit> HitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var database = (await redis.GetAsync()).GetDatabase();
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(
            HitScript,
            [Key(key)],
            [limit, (long)Math.Ceiling(window.TotalMilliseconds)]))!;
        return new WindowHit((int)result[0] == 1, (long)result[1], TimeSpan.FromMilliseconds((long)result[2]));
    }

    public async ValueTask ResetAsync(string key, CancellationToken cancellationToken)
    {
        var database = (await redis.GetAsync()).GetDatabase();
        await database.KeyDeleteAsync(Key(key));
    }

    private RedisKey Key(string key) => redis.InstanceName + key;
}
