using AirbnbClone.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AirbnbClone.Bench.Jobs;

/// <summary>N <see cref="JobWorker"/> instances in this process, sharing the application's connection pools.</summary>
internal sealed class WorkerPool : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running;

    public WorkerPool(IServiceProvider services, int workers, int concurrency, int batch)
    {
        var options = Options.Create(new JobsOptions
        {
            Concurrency = concurrency,
            BatchSize = batch,
            PollIntervalMs = 1000,
            LeaseSeconds = 60,
            RetentionHours = 24,
        });
        _running = Enumerable.Range(0, workers)
            .Select(_ => ActivatorUtilities.CreateInstance<JobWorker>(services, options))
            .Select(worker => Task.Run(() => worker.RunAsync(_stop.Token)))
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
        _stop.Dispose();
    }
}
