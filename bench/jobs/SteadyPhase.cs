using System.Diagnostics;
using AirbnbClone.Application.Abstractions.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Bench.Jobs;

/// <summary>
/// Jobs enqueued one per transaction (as a command does) at a fixed total rate by several producers, while the
/// workers run. Each enqueue commits durably (a WAL flush), so one producer is bound by the flush latency; the
/// producers share the rate and their commits share flushes. Measures enqueue-to-start: from the moment a
/// producer calls EnqueueAsync to the moment the handler starts.
/// </summary>
internal sealed class SteadyPhase(BenchOptions options, BenchDatabase database, Ledger ledger)
{
    public async Task<SteadyResult> RunAsync()
    {
        var total = options.SteadyRate * options.SteadySeconds;
        ledger.Reset(total);
        var alreadySucceeded = await database.CountAsync("SELECT count(*) FROM jobs WHERE state = 'succeeded'");
        Console.WriteLine($"   steady: {options.SteadyRate}/s for {options.SteadySeconds} s by {options.SteadyProducers} producers");
        double achieved;
        await using (new WorkerPool(database.Services, options.Workers, options.Concurrency, options.Batch))
        {
            await Task.Delay(500); // the workers' LISTEN connections are up
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, options.SteadyProducers).Select(p => ProduceAsync(p, total, watch)));
            achieved = total / watch.Elapsed.TotalSeconds;
            var deadline = Stopwatch.StartNew();
            while (await database.CountAsync("SELECT count(*) FROM jobs WHERE state = 'succeeded'") < alreadySucceeded + total
                   && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100);
            }
        }

        var latencies = ledger.StartLatencies();
        var commits = ledger.CommitLatencies();
        var afterCommit = ledger.CommitToStartLatencies();
        var (runTwice, lost) = ledger.Check();
        var result = new SteadyResult(
            options.SteadyProducers, options.SteadyRate, achieved, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1], Percentile(commits, 0.50), Percentile(commits, 0.99),
            Percentile(afterCommit, 0.50), Percentile(afterCommit, 0.99), runTwice, lost);
        Console.WriteLine($"   steady achieved {achieved:N0}/s; enqueue-to-start p50 {result.P50:0.0} ms, p99 {result.P99:0.0} ms,"
            + $" max {result.Max:0.0} ms (enqueue call p50 {result.CommitP50:0.0} / p99 {result.CommitP99:0.0} ms, then to start"
            + $" p50 {result.AfterCommitP50:0.0} / p99 {result.AfterCommitP99:0.0} ms); run twice {runTwice}, lost {lost}");
        return result;
    }

    private async Task ProduceAsync(int producer, int total, Stopwatch watch)
    {
        for (var i = producer; i < total; i += options.SteadyProducers)
        {
            var wait = TimeSpan.FromSeconds((double)i / options.SteadyRate) - watch.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            await using var scope = database.Services.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<IJobQueue>();
            ledger.Enqueuing(i);
            await queue.EnqueueAsync(new NoOpJob(i), null, CancellationToken.None);
            ledger.Committed(i);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

internal sealed record SteadyResult(
    int Producers, int TargetRate, double Achieved, double P50, double P99, double Max, double CommitP50, double CommitP99,
    double AfterCommitP50, double AfterCommitP99, int RunTwice, int Lost);
