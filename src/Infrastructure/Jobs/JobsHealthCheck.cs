using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// The queue at a glance in <c>/health/ready</c>: due jobs (depth), the age of the oldest due job, scheduled,
/// running and dead counts. Healthy whatever the numbers: a backlog is for alerts on these figures, not a reason
/// to take an API node out of the load balancer.
/// </summary>
internal sealed class JobsHealthCheck(NpgsqlDataSource dataSource, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stats = await JobStore.StatsAsync(dataSource, clock.GetUtcNow(), cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["depth"] = stats.Due,
            ["oldestPendingAgeSeconds"] = Math.Round(stats.OldestDueAge?.TotalSeconds ?? 0, 1),
            ["scheduled"] = stats.Scheduled,
            ["running"] = stats.Running,
            ["dead"] = stats.Dead,
        };
        return HealthCheckResult.Healthy($"{stats.Due} due, {stats.Running} running, {stats.Dead} dead.", data);
    }
}
