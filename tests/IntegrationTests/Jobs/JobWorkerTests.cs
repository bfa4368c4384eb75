using AirbnbClone.Application.Abstractions.Jobs;

namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>Retries, dead jobs, leases, schedules, deduplication and shutdown, with a clock the test moves.</summary>
public sealed class JobWorkerTests : IAsyncLifetime
{
    private JobsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await JobsHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Worker_Should_RetryWithGrowingDelays_When_AHandlerFailsTwiceThenSucceeds()
    {
        var id = (await _harness.EnqueueAsync(new FlakyJob(2)))!.Value;
        var worker = _harness.CreateWorker();
        var delays = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(1);
            var job = await _harness.JobAsync(id);
            job.State.ShouldBe("pending");
            job.LastError!.ShouldContain($"flaky failure on attempt {attempt}");
            var delay = job.RunAt - _harness.Clock.GetUtcNow();
            delays.Add(delay);

            // Not a moment early.
            _harness.Clock.Advance(delay - TimeSpan.FromMilliseconds(1));
            (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(0);
            _harness.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(1);

        _harness.Log.Runs.Select(r => r.Attempt).ShouldBe([1, 2, 3]);
        var done = await _harness.JobAsync(id);
        done.State.ShouldBe("succeeded");
        done.Attempts.ShouldBe(3);
        // Base 10 s doubling, up to +25% jitter: [10, 12.5] then [20, 25].
        delays[0].TotalSeconds.ShouldBeInRange(10, 12.5);
        delays[1].TotalSeconds.ShouldBeInRange(20, 25);
        delays[1].ShouldBeGreaterThan(delays[0]);
    }

    [Fact]
    public async Task Worker_Should_MoveTheJobToDeadWithItsError_When_EveryAttemptFails()
    {
        var id = (await _harness.EnqueueAsync(new FlakyJob(-1), new JobOptions(MaxAttempts: 3)))!.Value;
        var worker = _harness.CreateWorker();

        for (var run = 0; run < 3; run++)
        {
            (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(1);
            _harness.Clock.Advance(TimeSpan.FromHours(1));
        }

        (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(0);
        var job = await _harness.JobAsync(id);
        job.State.ShouldBe("dead");
        job.Attempts.ShouldBe(3);
        job.LastError!.ShouldContain("InvalidOperationException: flaky failure on attempt 3");
        _harness.Log.RunCount.ShouldBe(3);
        (await _harness.ScalarAsync<DateTime?>("SELECT completed_at FROM jobs")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Worker_Should_RunTheJobAgain_When_ItsWorkerDiedMidJobAndTheLeaseExpired()
    {
        var id = (await _harness.EnqueueAsync(new BlockingJob(HonourCancellation: false)))!.Value;
        var dying = _harness.CreateWorker(o => o.LeaseSeconds = 30);
        var survivor = _harness.CreateWorker(o => o.LeaseSeconds = 30);

        // The first worker claims the job and hangs in it (as good as dead: it never renews its lease).
        var hung = dying.RunOnceAsync(CancellationToken.None);
        await _harness.Log.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        (await _harness.JobAsync(id)).LockedBy.ShouldBe(dying.Name);

        // While the lease holds, nobody else may take it.
        _harness.Clock.Advance(TimeSpan.FromSeconds(29));
        (await survivor.RunOnceAsync(CancellationToken.None)).ShouldBe(0);

        _harness.Clock.Advance(TimeSpan.FromSeconds(2));
        (await survivor.RunOnceAsync(CancellationToken.None)).ShouldBe(1);
        var recovered = await _harness.JobAsync(id);
        recovered.State.ShouldBe("succeeded");
        recovered.Attempts.ShouldBe(2);
        recovered.LastError!.ShouldContain("lease of worker " + dying.Name);

        // The first worker wakes up: its late outcome must not overwrite the new owner's.
        _harness.Log.Gate.SetResult();
        await hung;
        (await _harness.JobAsync(id)).State.ShouldBe("succeeded");
        _harness.Log.Runs.Select(r => r.Attempt).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Worker_Should_NotRunAScheduledJobEarly_When_ItsTimeHasNotCome()
    {
        var runAt = _harness.Clock.GetUtcNow().AddHours(1);
        await _harness.EnqueueAsync(new CountingJob(1), new JobOptions(RunAt: runAt));
        var worker = _harness.CreateWorker();

        (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(0);
        _harness.Clock.Advance(TimeSpan.FromMinutes(59));
        (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(0);
        _harness.Log.RunCount.ShouldBe(0);

        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        (await worker.RunOnceAsync(CancellationToken.None)).ShouldBe(1);
        _harness.Log.Runs.Single().At.ShouldBe(runAt);
    }

    [Fact]
    public async Task Enqueue_Should_IgnoreADuplicateDeduplicationKey_When_AJobWithItIsQueued()
    {
        var first = await _harness.EnqueueAsync(new CountingJob(1), new JobOptions(DeduplicationKey: "welcome:42"));
        var duplicate = await _harness.EnqueueAsync(new CountingJob(2), new JobOptions(DeduplicationKey: "welcome:42"));
        var other = await _harness.EnqueueAsync(new CountingJob(3), new JobOptions(DeduplicationKey: "welcome:43"));

        first.ShouldNotBeNull();
        duplicate.ShouldBeNull();
        other.ShouldNotBeNull();
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs")).ShouldBe(2);

        // Once the first has run, the key is free again.
        await _harness.CreateWorker().RunOnceAsync(CancellationToken.None);
        _harness.Log.CountsByNumber.Keys.Order().ShouldBe([1, 3]);
        (await _harness.EnqueueAsync(new CountingJob(4), new JobOptions(DeduplicationKey: "welcome:42"))).ShouldNotBeNull();
    }

    [Fact]
    public async Task Worker_Should_ReleaseAnUnfinishedJob_When_StoppedAfterTheShutdownTimeout()
    {
        var id = (await _harness.EnqueueAsync(new BlockingJob(HonourCancellation: true)))!.Value;
        var worker = _harness.CreateWorker(o => o.ShutdownTimeoutSeconds = 0);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);
        await _harness.Log.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));

        var job = await _harness.JobAsync(id);
        job.State.ShouldBe("pending");
        job.Attempts.ShouldBe(0);
        job.LockedBy.ShouldBeNull();
        // Another worker takes it straight away (the interrupted run did not count, so this is attempt 1 again).
        _harness.Log.Gate.SetResult();
        (await _harness.CreateWorker().RunOnceAsync(CancellationToken.None)).ShouldBe(1);
        (await _harness.JobAsync(id)).State.ShouldBe("succeeded");
    }

    [Fact]
    public async Task Worker_Should_FinishARunningJob_When_StoppedWithinTheShutdownTimeout()
    {
        var id = (await _harness.EnqueueAsync(new BlockingJob(HonourCancellation: true)))!.Value;
        var worker = _harness.CreateWorker(o => o.ShutdownTimeoutSeconds = 30);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);
        await _harness.Log.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await stop.CancelAsync();
        await Task.Delay(300);
        running.IsCompleted.ShouldBeFalse("the worker must wait for its running job");
        _harness.Log.Gate.SetResult();
        await running.WaitAsync(TimeSpan.FromSeconds(10));

        (await _harness.JobAsync(id)).State.ShouldBe("succeeded");
    }

    [Fact]
    public async Task Worker_Should_WakeOnNotify_When_AJobIsEnqueuedLongBeforeTheNextPoll()
    {
        var worker = _harness.CreateWorker(o => o.PollIntervalMs = 60_000);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);
        await Task.Delay(1500); // listening and idle: the next poll is a minute away

        await _harness.EnqueueAsync(new CountingJob(9));
        await JobQueueTransactionTests.WaitUntilAsync(() => _harness.Log.RunCount == 1, TimeSpan.FromSeconds(5));

        await stop.CancelAsync();
        await running;
    }
}
