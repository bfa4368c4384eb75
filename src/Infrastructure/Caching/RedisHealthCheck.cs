using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>
/// Reports Redis as Degraded, not Unhealthy, when it is down: the API keeps answering from PostgreSQL
/// (fail-open), so a node without Redis should stay in the load balancer.
/// </summary>
internal sealed class RedisHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var redis = services.GetService<RedisDistributedCache>();
        if (redis is null)
        {
            return HealthCheckResult.Healthy("Not configured: caching in process memory.");
        }

        return await redis.PingAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Reachable.")
            : HealthCheckResult.Degraded("Unreachable: answering from PostgreSQL without a cache.");
    }
}
