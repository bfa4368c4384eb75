using AirbnbClone.Infrastructure.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AirbnbClone.Infrastructure.Redis;

/// <summary>The readiness check "redis".</summary>
public static class RedisHealthCheckExtensions
{
    /// <summary>
    /// AspNetCore.HealthChecks.Redis on the node's one <see cref="RedisConnection"/>. A Redis that is down reports
    /// Degraded, never Unhealthy: the API keeps answering from PostgreSQL (fail-open), so the node should stay in the
    /// load balancer. Without <c>ConnectionStrings:Redis</c>: Healthy, caching in process memory.
    /// </summary>
    public static IHealthChecksBuilder AddRedisCheck(this IHealthChecksBuilder builder, IConfiguration configuration, string tag)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(CachingServiceCollectionExtensions.RedisConnectionStringName)))
        {
            return builder.AddCheck("redis", () => HealthCheckResult.Healthy("Not configured: caching in process memory."), [tag]);
        }

        var settings = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        return builder.AddRedis(
            // The connection opens lazily; waiting for it here is bounded by Redis:ConnectTimeoutMs.
            provider => provider.GetRequiredService<RedisConnection>().GetAsync().GetAwaiter().GetResult(),
            name: "redis",
            failureStatus: HealthStatus.Degraded,
            tags: [tag],
            timeout: TimeSpan.FromMilliseconds(Math.Max(1_000, 2 * settings.SyncTimeoutMs)));
    }
}
