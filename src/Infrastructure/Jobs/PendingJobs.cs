using AirbnbClone.Application.Abstractions.Data;
using Npgsql;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// The jobs enqueued inside the unit of work's transaction, not yet written. <see cref="Persistence.ApplicationDbContext"/>
/// writes them all in one INSERT when it has saved and dispatched its events, and at the latest just before COMMIT:
/// a booking's deadline job and e-mail, enqueued by two handlers, cost one round trip instead of two. Scoped to one
/// request, like the context.
/// </summary>
public sealed class PendingJobs(JobsDataSource jobsDataSource, IAfterCommit afterCommit)
{
    private readonly List<JobStore.NewJob> _jobs = [];

    public bool IsEmpty => _jobs.Count == 0;

    /// <summary>Answers the id the job will have (unless it turns out to be a duplicate when written).</summary>
    public Guid Add(string type, string payload, DateTimeOffset now, DateTimeOffset runAt, int maxAttempts, string? deduplicationKey)
    {
        var job = new JobStore.NewJob(Guid.CreateVersion7(now), type, payload, now, runAt, maxAttempts, deduplicationKey);
        _jobs.Add(job);
        return job.Id;
    }

    /// <summary>Writes the pending jobs on the transaction's connection; workers are woken after COMMIT if one is due.</summary>
    public async Task FlushAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (_jobs.Count == 0)
        {
            return;
        }

        var jobs = _jobs.ToArray();
        _jobs.Clear();
        var inserted = await JobStore.EnqueueManyAsync(connection, transaction, jobs, cancellationToken);
        if (jobs.Any(j => inserted.Contains(j.Id) && j.RunAt <= j.CreatedAt))
        {
            afterCommit.Enqueue(_ =>
            {
                jobsDataSource.WakeWorkers();
                return Task.CompletedTask;
            });
        }
    }

    /// <summary>The transaction rolled back: its jobs were never written.</summary>
    public void Discard() => _jobs.Clear();
}
