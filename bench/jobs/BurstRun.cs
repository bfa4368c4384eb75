using System.Diagnostics;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Bench.Jobs;

/// <summary>
/// One burst: N no-op jobs enqueued through IJobQueue (1,000 per transaction, by several producers side by side, as a
/// burst arrives), then drained by the workers, which start only after the last job is queued. Every job must run
/// exactly once.
/// </summary>
internal sealed class BurstRun(BenchOptions options, BenchDatabase database, Ledger ledger)
{
    public async Task<BurstResult> RunAsync(string label)
    {
        ledger.Reset(options.Jobs);
        var enqueueRate = await EnqueueAsync();
        var before = await database.TableStateAsync();
        var inTable = await database.CountAsync("SELECT count(*) FROM jobs");

        var samples = new List<(double Seconds, long Started)>();
        var watch = Stopwatch.StartNew();
        await using (new WorkerPool(database.Services, options.Workers, options.Concurrency, options.Batch))
        {
            var lastPrint = 0.0;
            while (await database.CountAsync("SELECT count(*) FROM jobs WHERE state = 'succeeded'") < inTable)
            {
                await Task.Delay(250);
                samples.Add((watch.Elapsed.TotalSeconds, ledger.StartedCount()));
                if (watch.Elapsed.TotalSeconds - lastPrint >= 2)
                {
                    lastPrint = watch.Elapsed.TotalSeconds;
                    Console.WriteLine($"   {watch.Elapsed.TotalSeconds,5:0.0} s: {ledger.StartedCount():N0} started");
                }
            }
        }

        var drainSeconds = watch.Elapsed.TotalSeconds;
        var after = await database.TableStateAsync();
        var (runTwice, lost) = ledger.Check();
        var notOnce = await database.CountAsync("SELECT count(*) FROM jobs WHERE attempts <> 1 OR state <> 'succeeded'");
        var result = new BurstResult(
            label, enqueueRate, options.Jobs / drainSeconds, drainSeconds, SlowestSecond(samples), before, after,
            runTwice, lost, notOnce);
        Console.WriteLine($"   {label}: drained in {drainSeconds:0.00} s, {result.DrainRate:N0} jobs/s; slowest second {result.SlowestSecond:N0};"
            + $" reltuples {before.RelTuples} at start; run twice {runTwice}, lost {lost}, not exactly once in the table {notOnce}");
        return result;
    }

    private async Task<double> EnqueueAsync()
    {
        Console.WriteLine($"   enqueue {options.Jobs:N0} no-op jobs ({options.Enqueuers} producers)");
        var watch = Stopwatch.StartNew();
        var next = -1000;
        await Task.WhenAll(Enumerable.Range(0, options.Enqueuers).Select(async _ =>
        {
            for (var done = Interlocked.Add(ref next, 1000); done < options.Jobs; done = Interlocked.Add(ref next, 1000))
            {
                await EnqueueThousandAsync(done);
            }
        }));
        var rate = options.Jobs / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"   enqueued at {rate:N0} jobs/s");
        return rate;
    }

    private async Task EnqueueThousandAsync(int first)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var queue = scope.ServiceProvider.GetRequiredService<IJobQueue>();
        await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
        {
            for (var i = first; i < Math.Min(first + 1000, options.Jobs); i++)
            {
                await queue.EnqueueAsync(new NoOpJob(i), null, CancellationToken.None);
            }

            await unitOfWork.CommitTransactionAsync(CancellationToken.None);
        }
    }

    // The fewest jobs started in any whole one-second window of the drain (the crawl of a bad claim plan).
    private static long SlowestSecond(List<(double Seconds, long Started)> samples)
    {
        var slowest = long.MaxValue;
        for (var i = 0; i < samples.Count; i++)
        {
            var end = samples.FindIndex(i, s => s.Seconds >= samples[i].Seconds + 1);
            if (end < 0)
            {
                break;
            }

            slowest = Math.Min(slowest, samples[end].Started - samples[i].Started);
        }

        return slowest == long.MaxValue ? 0 : slowest;
    }
}

internal sealed record BurstResult(
    string Label, double EnqueueRate, double DrainRate, double DrainSeconds, long SlowestSecond, TableState Before,
    TableState After, int RunTwice, int Lost, long NotOnceInTable);
