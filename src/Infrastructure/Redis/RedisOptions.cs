namespace AirbnbClone.Infrastructure.Redis;

/// <summary>
/// Settings of the one Redis connection every node keeps (the shared cache's L2 and backplane, rate limits,
/// the failed-login counter), bound from the configuration section <see cref="SectionName"/>. The connection
/// string itself comes from <c>ConnectionStrings:Redis</c>; blank means "no Redis": one node, in-process only.
/// </summary>
public sealed class RedisOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Redis";

    /// <summary>Prefix put in front of every key this application writes (namespaces its keys and channels).</summary>
    public string InstanceName { get; set; } = "airbnbclone:";

    /// <summary>Time allowed to open the TCP connection to Redis, in milliseconds.</summary>
    public int ConnectTimeoutMs { get; set; } = 250;

    /// <summary>Time allowed for one command to answer, in milliseconds (sync and async calls).</summary>
    public int SyncTimeoutMs { get; set; } = 250;

    /// <summary>
    /// After a Redis failure, how long callers skip Redis (the cache reads PostgreSQL, limits count in process)
    /// before trying it again, in seconds, so a dead Redis does not add a timeout to every request.
    /// </summary>
    public int RetryAfterFailureSeconds { get; set; } = 5;

    /// <summary>True when every setting is in range.</summary>
    public bool IsValid() => ConnectTimeoutMs > 0 && SyncTimeoutMs > 0 && RetryAfterFailureSeconds >= 0;
}
