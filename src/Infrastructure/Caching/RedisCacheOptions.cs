namespace AirbnbClone.Infrastructure.Caching;

/// <summary>
/// Settings of the Redis-backed <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>,
/// bound from the configuration section <see cref="SectionName"/>. The connection string itself
/// comes from <c>ConnectionStrings:Redis</c>.
/// </summary>
public sealed class RedisCacheOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Redis";

    /// <summary>Prefix put in front of every cache key (namespaces this application's keys).</summary>
    public string InstanceName { get; set; } = "airbnbclone:";

    /// <summary>Time allowed to open the TCP connection to Redis, in milliseconds.</summary>
    public int ConnectTimeoutMs { get; set; } = 250;

    /// <summary>Time allowed for one command to answer, in milliseconds (sync and async calls).</summary>
    public int SyncTimeoutMs { get; set; } = 250;

    /// <summary>
    /// Circuit breaker: after a Redis failure the cache skips Redis (every read is a miss, every
    /// write is dropped) for this many seconds before trying again, so a dead Redis does not add
    /// a timeout to every request. 0 retries on every call.
    /// </summary>
    public int RetryAfterFailureSeconds { get; set; } = 5;
}
