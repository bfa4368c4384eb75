namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>
/// The wake-up NOTIFY is sent after the enqueuing transaction commits (JobsDataSource.WakeWorkers), not inside it,
/// so enqueuing commits are not serialized; an idle worker still starts a command's job at once.
/// </summary>
public sealed class WakeAfterCommitTests : IAsyncLifetime
{
    private JobsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await JobsHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Worker_Should_StartTheJob_When_ACommandThatEnqueuedItCommits()
    {
        var worker = _harness.CreateWorker(o => o.PollIntervalMs = 60_000);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);
        await Task.Delay(1500); // listening and idle: the next poll is a minute away

        (await _harness.SendAsync(new EnqueueInCommandCommand(11, CommandEnding.Commit))).IsSuccess.ShouldBeTrue();
        await JobQueueTransactionTests.WaitUntilAsync(() => _harness.Log.RunCount == 1, TimeSpan.FromSeconds(5));

        await stop.CancelAsync();
        await running;
        _harness.Log.CountsByNumber[11].ShouldBe(1);
    }
}
