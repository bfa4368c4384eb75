namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>A job is enqueued in the transaction of the command that causes it: both commit, or neither.</summary>
public sealed class JobQueueTransactionTests : IAsyncLifetime
{
    private JobsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await JobsHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData(CommandEnding.FailedResult)]
    [InlineData(CommandEnding.Exception)]
    public async Task Enqueue_Should_LeaveNoJob_When_TheCommandRollsBack(CommandEnding ending)
    {
        if (ending == CommandEnding.Exception)
        {
            await Should.ThrowAsync<InvalidOperationException>(() => _harness.SendAsync(new EnqueueInCommandCommand(1, ending)));
        }
        else
        {
            (await _harness.SendAsync(new EnqueueInCommandCommand(1, ending))).IsFailure.ShouldBeTrue();
        }

        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs")).ShouldBe(0);
        (await _harness.CreateWorker().RunOnceAsync(CancellationToken.None)).ShouldBe(0);
        _harness.Log.RunCount.ShouldBe(0);
    }

    [Fact]
    public async Task Enqueue_Should_RunTheJobExactlyOnce_When_TheCommandCommits()
    {
        (await _harness.SendAsync(new EnqueueInCommandCommand(7, CommandEnding.Commit))).IsSuccess.ShouldBeTrue();
        var worker = _harness.CreateWorker();
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);

        await WaitUntilAsync(() => _harness.Log.RunCount >= 1, TimeSpan.FromSeconds(10));
        // Several more claim/poll cycles (200 ms each) must not run it again.
        await Task.Delay(1000);
        await stop.CancelAsync();
        await running;

        _harness.Log.CountsByNumber[7].ShouldBe(1);
        _harness.Log.RunCount.ShouldBe(1);
        (await _harness.ScalarAsync<string>("SELECT state FROM jobs")).ShouldBe("succeeded");
        (await _harness.ScalarAsync<int>("SELECT attempts FROM jobs")).ShouldBe(1);
    }

    [Fact]
    public async Task Enqueue_Should_WorkWithoutATransaction_When_CalledOutsideACommand()
    {
        var id = await _harness.EnqueueAsync(new CountingJob(3));

        id.ShouldNotBeNull();
        (await _harness.JobAsync(id.Value)).State.ShouldBe("pending");
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new ShouldAssertException($"Condition not met within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(20);
        }
    }
}
