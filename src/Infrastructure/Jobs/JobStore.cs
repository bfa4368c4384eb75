using System.Data;
using AirbnbClone.Application.Jobs;
using Npgsql;
using NpgsqlTypes;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// Every statement on the jobs table. Times are parameters from the application's <see cref="TimeProvider"/>,
/// never SQL now(), so tests can move the clock. Every change to a claimed job checks <c>locked_by</c>: a worker
/// whose lease ran out cannot overwrite what the job's new owner did.
/// </summary>
internal static class JobStore
{
    public const string Channel = "jobs";

    private const int MaxErrorLength = 8000;

    // ON CONFLICT DO NOTHING with the partial unique index on dedup_key: a duplicate while one is queued is a no-op.
    // No pg_notify here: a NOTIFY would serialize every enqueuing commit (JobsDataSource.WakeWorkers sends it after).
    private const string EnqueueSql = """
        INSERT INTO jobs (id, type, payload, state, attempts, max_attempts, run_at, dedup_key, created_at, updated_at)
        VALUES (@id, @type, @payload, 'pending', 0, @max_attempts, @run_at, @dedup_key, @now, @now)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    // Several jobs in one statement (PendingJobs): the same row as EnqueueSql for each element of the arrays.
    private const string EnqueueManySql = """
        INSERT INTO jobs (id, type, payload, state, attempts, max_attempts, run_at, dedup_key, created_at, updated_at)
        SELECT j.id, j.type, j.payload::jsonb, 'pending', 0, j.max_attempts, j.run_at, j.dedup_key, j.created_at, j.created_at
        FROM unnest(@ids, @types, @payloads, @max_attempts, @run_ats, @dedup_keys, @created_ats)
             AS j(id, type, payload, max_attempts, run_at, dedup_key, created_at)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    // The due pending jobs in run_at order; SKIP LOCKED lets any number of workers claim side by side. The statement
    // lives in claim_jobs (0005_jobs_steady_claim.sql) with its plan pinned to the ordered walk of the pending index:
    // left to the statistics of the moment, a fresh or stale jobs table made every claim sort the whole backlog.
    private const string ClaimSql = "SELECT id, type, payload, attempts, max_attempts, created_at FROM claim_jobs(@worker, @take, @now, @lease_until)";

    private const string SucceedSql = """
        UPDATE jobs SET state = 'succeeded', locked_by = NULL, locked_until = NULL, updated_at = @now, completed_at = @now
        WHERE id = ANY(@ids) AND locked_by = @worker AND state = 'running'
        """;

    private const string DeleteSucceededSql = """
        DELETE FROM jobs WHERE id = ANY(@ids) AND locked_by = @worker AND state = 'running'
        """;

    private const string FailSql = """
        UPDATE jobs SET state = @state, run_at = @run_at, last_error = @error, locked_by = NULL, locked_until = NULL,
                        updated_at = @now, completed_at = @completed_at
        WHERE id = @id AND locked_by = @worker AND state = 'running'
        """;

    // An interrupted run (shutdown) does not count as an attempt.
    private const string ReleaseSql = """
        UPDATE jobs SET state = 'pending', attempts = greatest(attempts - 1, 0), locked_by = NULL, locked_until = NULL, updated_at = @now
        WHERE id = ANY(@ids) AND locked_by = @worker AND state = 'running'
        """;

    private const string RenewSql = """
        UPDATE jobs SET locked_until = @lease_until
        WHERE id = ANY(@ids) AND locked_by = @worker AND state = 'running'
        """;

    // A lease that ran out means its worker died (or hung): the job goes back to the queue, or is dead when that
    // was its last attempt, so a job that kills its worker every time cannot take the fleet down forever.
    private const string ReapSql = """
        UPDATE jobs AS j
        SET state = CASE WHEN j.attempts >= j.max_attempts THEN 'dead' ELSE 'pending' END,
            last_error = 'Attempt ' || j.attempts || ' was abandoned: the lease of worker ' || j.locked_by
                         || ' expired at ' || to_char(j.locked_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                         || ' (the worker stopped or lost its database connection).',
            run_at = @now, locked_by = NULL, locked_until = NULL, updated_at = @now,
            completed_at = CASE WHEN j.attempts >= j.max_attempts THEN @now END
        FROM (SELECT id FROM jobs
              WHERE state = 'running' AND locked_until < @now
              ORDER BY locked_until
              LIMIT 1000
              FOR UPDATE SKIP LOCKED) AS expired
        WHERE j.id = expired.id
        """;

    private const string CleanupSql = """
        DELETE FROM jobs WHERE id IN (
            SELECT id FROM jobs WHERE state = 'succeeded' AND completed_at < @cutoff LIMIT 10000)
        """;

    // Each count on its own partial index, so the probe stays cheap however much history the table holds.
    private const string StatsSql = """
        SELECT (SELECT count(*) FROM jobs WHERE state = 'pending' AND run_at <= @now),
               (SELECT count(*) FROM jobs WHERE state = 'pending' AND run_at > @now),
               (SELECT count(*) FROM jobs WHERE state = 'running'),
               (SELECT count(*) FROM jobs WHERE state = 'dead'),
               (SELECT min(run_at) FROM jobs WHERE state = 'pending' AND run_at <= @now)
        """;

    private const string RetryDeadSql = $"""
        WITH retried AS (
            UPDATE jobs SET state = 'pending', attempts = 0, run_at = @now, locked_by = NULL, locked_until = NULL,
                            completed_at = NULL, updated_at = @now
            WHERE id = @id AND state = 'dead'
            RETURNING *)
        SELECT {JobColumns}, pg_notify('jobs', '') FROM retried
        """;

    private const string JobColumns = """
        id AS "Id", type AS "Type", state AS "State", attempts AS "Attempts", max_attempts AS "MaxAttempts",
        run_at AS "RunAt", locked_by AS "LockedBy", locked_until AS "LockedUntil", last_error AS "LastError",
        dedup_key AS "DeduplicationKey", created_at AS "CreatedAt", updated_at AS "UpdatedAt",
        completed_at AS "CompletedAt", payload::text AS "Payload"
        """;

    /// <summary>A job to insert, as <see cref="EnqueueManyAsync"/> writes it.</summary>
    public sealed record NewJob(Guid Id, string Type, string Payload, DateTimeOffset CreatedAt, DateTimeOffset RunAt, int MaxAttempts, string? DeduplicationKey);

    public static async Task<Guid?> EnqueueAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string type, string payload, DateTimeOffset now,
        DateTimeOffset runAt, int maxAttempts, string? dedupKey, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(now);
        await using var command = new NpgsqlCommand(EnqueueSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        command.Parameters.Add(new NpgsqlParameter<string>("type", type));
        command.Parameters.Add(new NpgsqlParameter<string>("payload", NpgsqlDbType.Jsonb) { TypedValue = payload });
        command.Parameters.Add(new NpgsqlParameter<int>("max_attempts", maxAttempts));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("run_at", runAt));
        command.Parameters.Add(new NpgsqlParameter("dedup_key", NpgsqlDbType.Varchar) { Value = (object?)dedupKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        var inserted = await command.ExecuteScalarAsync(cancellationToken);
        return inserted is Guid value ? value : null;
    }

    /// <summary>Writes several jobs in one round trip; answers the ids inserted (a duplicate's is absent).</summary>
    public static async Task<HashSet<Guid>> EnqueueManyAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IReadOnlyList<NewJob> jobs, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(EnqueueManySql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. jobs.Select(j => j.Id)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. jobs.Select(j => j.Type)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("payloads", [.. jobs.Select(j => j.Payload)]));
        command.Parameters.Add(new NpgsqlParameter<int[]>("max_attempts", [.. jobs.Select(j => j.MaxAttempts)]));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("run_ats", [.. jobs.Select(j => j.RunAt)]));
        command.Parameters.Add(new NpgsqlParameter("dedup_keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = jobs.Select(j => j.DeduplicationKey).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("created_ats", [.. jobs.Select(j => j.CreatedAt)]));
        var inserted = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add(reader.GetGuid(0));
        }

        return inserted;
    }

    public static async Task<List<ClaimedJob>> ClaimAsync(
        NpgsqlDataSource dataSource, string worker, int take, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("lease_until", now + lease));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        command.Parameters.Add(new NpgsqlParameter<int>("take", take));
        var jobs = new List<ClaimedJob>(take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(new ClaimedJob(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return jobs;
    }

    public static async Task<int> SucceedAsync(
        NpgsqlDataSource dataSource, string worker, IReadOnlyCollection<Guid> ids, DateTimeOffset now, bool delete, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(delete ? DeleteSucceededSql : SucceedSql);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids.ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        if (!delete)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a failed attempt: retried at <paramref name="retryAt"/>, or dead when it was the last.</summary>
    public static async Task<int> FailAsync(
        NpgsqlDataSource dataSource, string worker, Guid id, bool dead, DateTimeOffset retryAt, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(FailSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        command.Parameters.Add(new NpgsqlParameter<string>("state", dead ? JobStates.Dead : JobStates.Pending));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("run_at", dead ? now : retryAt));
        command.Parameters.Add(new NpgsqlParameter<string>("error", error.Length > MaxErrorLength ? error[..MaxErrorLength] : error));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        command.Parameters.Add(new NpgsqlParameter("completed_at", NpgsqlDbType.TimestampTz) { Value = dead ? now : DBNull.Value });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> ReleaseAsync(
        NpgsqlDataSource dataSource, string worker, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReleaseSql);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids.ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> RenewAsync(
        NpgsqlDataSource dataSource, string worker, IReadOnlyCollection<Guid> ids, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(RenewSql);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids.ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("lease_until", leaseUntil));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> ReapExpiredAsync(NpgsqlDataSource dataSource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReapSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> DeleteSucceededBeforeAsync(NpgsqlDataSource dataSource, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CleanupSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<JobQueueStats> StatsAsync(NpgsqlDataSource dataSource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(StatsSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldest = reader.IsDBNull(4) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(4);
        return new JobQueueStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), oldest is null ? null : now - oldest.Value);
    }

    /// <summary>Answers the retried job, or null when <paramref name="id"/> is not a dead job.</summary>
    public static async Task<JobRow?> RetryDeadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(RetryDeadSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new JobRow
        {
            Id = reader.GetGuid(0),
            Type = reader.GetString(1),
            State = reader.GetString(2),
            Attempts = reader.GetInt32(3),
            MaxAttempts = reader.GetInt32(4),
            RunAt = reader.GetFieldValue<DateTimeOffset>(5),
            LockedBy = reader.IsDBNull(6) ? null : reader.GetString(6),
            LockedUntil = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
            LastError = reader.IsDBNull(8) ? null : reader.GetString(8),
            DeduplicationKey = reader.IsDBNull(9) ? null : reader.GetString(9),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(10),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(11),
            CompletedAt = reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
            Payload = reader.GetString(13),
        };
    }

    public static async Task<bool> ExistsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM jobs WHERE id = @id)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>The queue at a glance, for /health/ready.</summary>
public sealed record JobQueueStats(long Due, long Scheduled, long Running, long Dead, TimeSpan? OldestDueAge);
