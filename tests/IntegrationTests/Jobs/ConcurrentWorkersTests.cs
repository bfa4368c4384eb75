namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>SKIP LOCKED claims: many workers drain one queue and no job runs twice.</summary>
public sealed class ConcurrentWorkersTests : IAsyncLifetime
{
    private JobsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await JobsHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task FourWorkers_Should_RunEachJobExactlyOnce_When_TheyDrain10000Jobs()
    {
        const int count = 10_000;
        await _harness.EnqueueManyAsync(Enumerable.Range(0, count).Select(n => new CountingJob(n)));
        var workers = Enumerable.Range(0, 4).Select(_ => _harness.CreateWorker(o =>
        {
            o.Concurrency = 16;
            o.BatchSize = 32;
        })).ToList();
        using var stop = new CancellationTokenSource();

        var running = workers.Select(w => w.RunAsync(stop.Token)).ToList();
        await JobQueueTransactionTests.WaitUntilAsync(
            () => _harness.Log.RunCount >= count, TimeSpan.FromSeconds(60));
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(running);

        _harness.Log.RunCount.ShouldBe(count);
        _harness.Log.CountsByNumber.Count.ShouldBe(count);
        _harness.Log.CountsByNumber.Values.ShouldAllBe(n => n == 1);
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs WHERE state = 'succeeded' AND attempts = 1")).ShouldBe(count);
    }
}
