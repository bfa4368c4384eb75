using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>Hosts one <see cref="JobWorker"/> in the process (the API when <c>Jobs:Enabled</c>, or the <c>worker</c> verb).</summary>
internal sealed class JobWorkerService(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        ActivatorUtilities.CreateInstance<JobWorker>(services).RunAsync(stoppingToken);
}
