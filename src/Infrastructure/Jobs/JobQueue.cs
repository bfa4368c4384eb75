using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Jobs;
using AirbnbClone.Infrastructure.Persistence;
using AutoMapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// Writes jobs through the request's <see cref="ApplicationDbContext"/> connection, inside its current transaction
/// when there is one (the Transaction behaviour's), so a job commits or rolls back with the command that caused it.
/// Inside the unit of work's transaction (the Transaction behaviour's) jobs are collected and written together, in
/// one statement, when the unit of work saves or commits (<see cref="PendingJobs"/>).
/// Workers are woken once the job is committed: at once outside a transaction, after COMMIT inside one (a
/// transaction that is not the Transaction behaviour's runs no after-commit work; its jobs wait for the next poll).
/// </summary>
internal sealed class JobQueue(
    ApplicationDbContext context,
    IOptions<JobsOptions> options,
    TimeProvider clock,
    JobsDataSource jobsDataSource,
    IAfterCommit afterCommit,
    PendingJobs pending,
    IMapper mapper)
    : IJobQueue, IJobMaintenance
{
    public async Task<Guid?> EnqueueAsync<TPayload>(TPayload payload, JobOptions? jobOptions, CancellationToken cancellationToken)
        where TPayload : IJobPayload
    {
        ArgumentNullException.ThrowIfNull(payload);
        var maxAttempts = jobOptions?.MaxAttempts ?? options.Value.MaxAttempts;
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var now = clock.GetUtcNow();
        var runAt = jobOptions?.RunAt ?? now;
        var json = JobHandlerRegistry.Serialize(payload);
        if (context.HasActiveTransaction)
        {
            // The unit of work's transaction: written with the transaction's other jobs in one statement, when it
            // saves or commits (PendingJobs).
            return pending.Add(TPayload.JobType, json, now, runAt, maxAttempts, jobOptions?.DeduplicationKey);
        }

        var id = await WithConnectionAsync((connection, transaction) => JobStore.EnqueueAsync(
            connection, transaction, TPayload.JobType, json, now, runAt, maxAttempts, jobOptions?.DeduplicationKey, cancellationToken), cancellationToken);
        if (id is not null && runAt <= now)
        {
            WakeWorkersOnceCommitted();
        }

        return id;
    }

    private void WakeWorkersOnceCommitted()
    {
        if (context.Database.CurrentTransaction is null)
        {
            jobsDataSource.WakeWorkers();
            return;
        }

        afterCommit.Enqueue(_ =>
        {
            jobsDataSource.WakeWorkers();
            return Task.CompletedTask;
        });
    }

    public async Task<(DeadJobRetryOutcome Outcome, JobResponse? Job)> RetryDeadJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        return await WithConnectionAsync(async (connection, transaction) =>
        {
            try
            {
                var row = await JobStore.RetryDeadAsync(connection, transaction, jobId, clock.GetUtcNow(), cancellationToken);
                if (row is not null)
                {
                    return (DeadJobRetryOutcome.Retried, mapper.Map<JobResponse>(row));
                }
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return (DeadJobRetryOutcome.DuplicateQueued, (JobResponse?)null);
            }

            var exists = await JobStore.ExistsAsync(connection, transaction, jobId, cancellationToken);
            return (exists ? DeadJobRetryOutcome.NotDead : DeadJobRetryOutcome.NotFound, (JobResponse?)null);
        }, cancellationToken);
    }

    private async Task<T> WithConnectionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> action, CancellationToken cancellationToken)
    {
        // EF counts opens: inside a transaction the connection is already open and stays so.
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)context.Database.GetDbConnection();
            var transaction = (NpgsqlTransaction?)context.Database.CurrentTransaction?.GetDbTransaction();
            return await action(connection, transaction);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
