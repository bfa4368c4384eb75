using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Enqueue_Should_WriteTheTransactionsJobsTogetherAtCommit_And_DropADuplicateAmongThem()
    {
        await using var scope = _harness.Services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var queue = scope.ServiceProvider.GetRequiredService<IJobQueue>();
        Guid? first, duplicate, other;
        long beforeCommit;
        await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
        {
            first = await queue.EnqueueAsync(new CountingJob(1), new JobOptions(DeduplicationKey: "batch:1"), CancellationToken.None);
            duplicate = await queue.EnqueueAsync(new CountingJob(2), new JobOptions(DeduplicationKey: "batch:1"), CancellationToken.None);
            other = await queue.EnqueueAsync(new CountingJob(3), new JobOptions(RunAt: _harness.Clock.GetUtcNow().AddHours(1)), CancellationToken.None);
            beforeCommit = await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs");
            await unitOfWork.CommitTransactionAsync(CancellationToken.None);
        }

        beforeCommit.ShouldBe(0); // held by the unit of work until it saves or commits
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs")).ShouldBe(2);
        (await _harness.JobAsync(first!.Value)).State.ShouldBe("pending");
        (await _harness.JobAsync(other!.Value)).RunAt.ShouldBe(_harness.Clock.GetUtcNow().AddHours(1), TimeSpan.FromMilliseconds(1));
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs WHERE id = @id", ("id", duplicate!.Value))).ShouldBe(0);
        (await _harness.ScalarAsync<string>("SELECT payload->>'number' FROM jobs WHERE dedup_key = 'batch:1'")).ShouldBe("1");
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
