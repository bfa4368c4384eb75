using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using AirbnbClone.Application.Abstractions.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// One worker: claims due jobs with <c>FOR UPDATE SKIP LOCKED</c> (so any number of workers, in any number of
/// processes, share the queue without running a job twice at once), runs up to <see cref="JobsOptions.Concurrency"/>
/// of them at a time, each in its own DI scope, and writes outcomes back in batches. Holds a lease on each claimed
/// job and renews it while the job runs; a job whose worker died is reaped when the lease ends and runs again.
/// Woken by <c>LISTEN jobs</c> on enqueue, polling every <see cref="JobsOptions.PollIntervalMs"/> as the fallback.
/// </summary>
public sealed partial class JobWorker
{
    private static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(2);

    private readonly NpgsqlDataSource _dataSource;
    private readonly IServiceScopeFactory _scopes;
    private readonly JobHandlerRegistry _registry;
    private readonly JobsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<JobWorker> _logger;

    // Claimed by this worker and not yet written back: the leases to renew, and what to release on shutdown.
    private readonly ConcurrentDictionary<Guid, ClaimedJob> _owned = new();
    private readonly WakeSignal _wake = new();
    private readonly WakeSignal _slotFreed = new();
    private int _running;

    public JobWorker(
        JobsDataSource dataSource, IServiceScopeFactory scopes, JobHandlerRegistry registry, IOptions<JobsOptions> options,
        TimeProvider clock, ILogger<JobWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource.Value;
        _scopes = scopes;
        _registry = registry;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        Name = $"{_options.WorkerName ?? Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>Written to <c>locked_by</c> of the jobs this worker holds; unique per instance.</summary>
    public string Name { get; }

    /// <summary>Wakes the claim loop now (in-process enqueue; tests).</summary>
    public void Wake() => _wake.Set();

    /// <summary>
    /// One pass without the background loop (tests, tools): reap expired leases, claim one batch, run it, write
    /// the outcomes. Answers how many jobs it claimed.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await JobStore.ReapExpiredAsync(_dataSource, _clock.GetUtcNow(), cancellationToken);
        var jobs = await ClaimAsync(Math.Min(_options.BatchSize, _options.Concurrency));
        var outcomes = await Task.WhenAll(jobs.Select(job => ExecuteAsync(job, cancellationToken)));
        await WriteOutcomesAsync(outcomes);
        return jobs.Count;
    }

    /// <summary>
    /// Runs until <paramref name="stoppingToken"/> fires, then stops gracefully: no more claims, running jobs get
    /// <see cref="JobsOptions.ShutdownTimeoutSeconds"/> to finish, the rest are cancelled and released to the queue.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var outcomes = Channel.CreateUnbounded<JobOutcome>(new UnboundedChannelOptions { SingleReader = true });
        using var jobsCancellation = new CancellationTokenSource();
        using var background = new CancellationTokenSource();
        var listener = ListenAsync(background.Token);
        var renewer = RenewLeasesAsync(background.Token);
        var writer = WriteOutcomesLoopAsync(outcomes.Reader);
        LogStarted(_logger, Name, _options.Concurrency, _registry.JobTypeList);
        try
        {
            await ClaimLoopAsync(outcomes.Writer, jobsCancellation.Token, stoppingToken);
        }
        finally
        {
            var finished = await WaitForRunningAsync(TimeSpan.FromSeconds(_options.ShutdownTimeoutSeconds));
            if (!finished)
            {
                await jobsCancellation.CancelAsync();
                await WaitForRunningAsync(CancelGrace);
            }

            outcomes.Writer.TryComplete();
            await writer;

            // Still owned: a handler that ignored cancellation, or an outcome that could not be written.
            var leftovers = _owned.Keys.ToArray();
            if (leftovers.Length > 0)
            {
                await TryReleaseAsync(leftovers);
            }

            await background.CancelAsync();
            await Task.WhenAll(listener, renewer);
            LogStopped(_logger, Name, leftovers.Length);
        }
    }

    private async Task ClaimLoopAsync(ChannelWriter<JobOutcome> outcomes, CancellationToken jobsToken, CancellationToken stoppingToken)
    {
        // After a full claim, wait for half the slots to free up rather than claiming one job at a time.
        var minFree = Math.Max(1, Math.Min(_options.Concurrency, _options.BatchSize) / 2);
        var lastReap = 0L;
        var lastCleanup = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (lastReap == 0 || Stopwatch.GetElapsedTime(lastReap) >= _options.PollInterval)
                {
                    lastReap = Stopwatch.GetTimestamp();
                    var reaped = await JobStore.ReapExpiredAsync(_dataSource, _clock.GetUtcNow(), stoppingToken);
                    if (reaped > 0)
                    {
                        LogReaped(_logger, reaped);
                    }
                }

                if (_options.RetentionHours > 0 && Stopwatch.GetElapsedTime(lastCleanup) >= CleanupInterval)
                {
                    lastCleanup = Stopwatch.GetTimestamp();
                    await JobStore.DeleteSucceededBeforeAsync(
                        _dataSource, _clock.GetUtcNow() - TimeSpan.FromHours(_options.RetentionHours), stoppingToken);
                }

                while (_options.Concurrency - Volatile.Read(ref _running) < minFree)
                {
                    await _slotFreed.WaitAsync(_options.PollInterval, stoppingToken);
                }

                var take = Math.Min(_options.Concurrency - Volatile.Read(ref _running), _options.BatchSize);
                var jobs = await ClaimAsync(take);
                foreach (var job in jobs)
                {
                    Interlocked.Increment(ref _running);
                    _ = Task.Run(() => RunTrackedAsync(job, outcomes, jobsToken), CancellationToken.None);
                }

                if (jobs.Count < take)
                {
                    await _wake.WaitAsync(_options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the loop must survive a database outage; it logs and tries again
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogLoopFailed(_logger, exception, Name);
                try
                {
                    await Task.Delay(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    // Not cancellable: a claim cancelled after the server committed it would strand its jobs until their lease ends.
    private async Task<List<ClaimedJob>> ClaimAsync(int take)
    {
        var jobs = await JobStore.ClaimAsync(_dataSource, Name, take, _clock.GetUtcNow(), _options.Lease, CancellationToken.None);
        foreach (var job in jobs)
        {
            _owned[job.Id] = job;
        }

        return jobs;
    }

    private async Task RunTrackedAsync(ClaimedJob job, ChannelWriter<JobOutcome> outcomes, CancellationToken jobsToken)
    {
        try
        {
            outcomes.TryWrite(await ExecuteAsync(job, jobsToken));
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slotFreed.Set();
        }
    }

    private async Task<JobOutcome> ExecuteAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await _registry.RunAsync(scope.ServiceProvider, job, cancellationToken);
            return new JobOutcome(job, JobOutcomeKind.Succeeded);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new JobOutcome(job, JobOutcomeKind.Released);
        }
#pragma warning disable CA1031 // any exception of a handler is a failed attempt, recorded on the job
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogAttemptFailed(_logger, exception, job.Type, job.Id, job.Attempt, job.MaxAttempts);
            return new JobOutcome(job, JobOutcomeKind.Failed, exception.ToString());
        }
    }

    private async Task<bool> WaitForRunningAsync(TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref _running) > 0)
        {
            var left = timeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            await _slotFreed.WaitAsync(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        return true;
    }

    private async Task WriteOutcomesLoopAsync(ChannelReader<JobOutcome> reader)
    {
        var batch = new List<JobOutcome>();
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < 1000 && reader.TryRead(out var outcome))
            {
                batch.Add(outcome);
            }

            await WriteOutcomesAsync(batch);
            batch.Clear();
        }
    }

    /// <summary>
    /// Successes in one statement, failures one by one (retry with backoff, or dead), releases in one. Tries three
    /// times; after that the jobs are let go and their leases expire, so they run again: at least once, never lost.
    /// </summary>
    private async Task WriteOutcomesAsync(IReadOnlyCollection<JobOutcome> outcomes)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnceAsync(outcomes);
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException && attempt < 3)
            {
                LogWriteRetry(_logger, exception, outcomes.Count);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
#pragma warning disable CA1031 // logged; the leases expire and the jobs run again
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogWriteFailed(_logger, exception, outcomes.Count);
                break;
            }
        }

        foreach (var outcome in outcomes)
        {
            _owned.TryRemove(outcome.Job.Id, out _);
        }
    }

    private async Task WriteOnceAsync(IReadOnlyCollection<JobOutcome> outcomes)
    {
        var now = _clock.GetUtcNow();
        var succeeded = outcomes.Where(o => o.Kind == JobOutcomeKind.Succeeded).Select(o => o.Job.Id).ToArray();
        if (succeeded.Length > 0)
        {
            var written = await JobStore.SucceedAsync(_dataSource, Name, succeeded, now, _options.RetentionHours == 0, CancellationToken.None);
            if (written < succeeded.Length)
            {
                LogLeaseLost(_logger, succeeded.Length - written, Name);
            }
        }

        foreach (var failed in outcomes.Where(o => o.Kind == JobOutcomeKind.Failed))
        {
            var job = failed.Job;
            var dead = job.Attempt >= job.MaxAttempts;
            var delay = JobBackoff.Delay(
                job.Attempt, TimeSpan.FromSeconds(_options.BackoffBaseSeconds), TimeSpan.FromSeconds(_options.BackoffMaxSeconds),
#pragma warning disable CA5394 // jitter spreads retries; it needs no cryptographic randomness
                Random.Shared.NextDouble());
#pragma warning restore CA5394
            var written = await JobStore.FailAsync(_dataSource, Name, job.Id, dead, now + delay, failed.Error ?? "Failed.", now, CancellationToken.None);
            if (written == 0)
            {
                LogLeaseLost(_logger, 1, Name);
            }
            else if (dead)
            {
                LogDead(_logger, job.Type, job.Id, job.Attempt);
            }
        }

        var released = outcomes.Where(o => o.Kind == JobOutcomeKind.Released).Select(o => o.Job.Id).ToArray();
        if (released.Length > 0)
        {
            await JobStore.ReleaseAsync(_dataSource, Name, released, now, CancellationToken.None);
        }
    }

    private async Task TryReleaseAsync(Guid[] ids)
    {
        try
        {
            await JobStore.ReleaseAsync(_dataSource, Name, ids, _clock.GetUtcNow(), CancellationToken.None);
            foreach (var id in ids)
            {
                _owned.TryRemove(id, out _);
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            LogWriteFailed(_logger, exception, ids.Length);
        }
    }

    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Max(_options.Lease.Ticks / 3, TimeSpan.TicksPerMillisecond)));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var ids = _owned.Keys.ToArray();
                if (ids.Length == 0)
                {
                    continue;
                }

                try
                {
                    await JobStore.RenewAsync(_dataSource, Name, ids, _clock.GetUtcNow() + _options.Lease, cancellationToken);
                }
                catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
                {
                    LogLoopFailed(_logger, exception, Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>A dedicated connection LISTENing on the jobs channel; reconnects after a failure.</summary>
    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, _) => _wake.Set();
                await using (var listen = new NpgsqlCommand($"LISTEN {JobStore.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                // Anything enqueued while nobody listened is claimed now.
                _wake.Set();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // polling carries on while the listener reconnects
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogListenFailed(_logger, exception, Name);
                try
                {
                    await Task.Delay(_options.PollInterval, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job worker {Worker} started: {Concurrency} at a time; job types: {JobTypes}")]
    private static partial void LogStarted(ILogger logger, string worker, int concurrency, string jobTypes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job worker {Worker} stopped; {Released} unfinished jobs released to the queue")]
    private static partial void LogStopped(ILogger logger, string worker, int released);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobType} {JobId} failed (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string jobType, Guid jobId, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobType} {JobId} is dead after {Attempts} attempts; retry it with POST /api/v1/admin/jobs/{JobId}/retry")]
    private static partial void LogDead(ILogger logger, string jobType, Guid jobId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} jobs had expired leases and went back to the queue (or dead on their last attempt)")]
    private static partial void LogReaped(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} job outcomes of worker {Worker} were not recorded: the lease had expired and the job belongs to another worker now")]
    private static partial void LogLeaseLost(ILogger logger, int count, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job worker {Worker}: claiming failed; trying again")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job worker {Worker}: LISTEN connection failed; polling until it reconnects")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} job outcomes failed; retrying")]
    private static partial void LogWriteRetry(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording {Count} job outcomes failed; their leases will expire and they will run again")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
