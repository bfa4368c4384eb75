using System.Text.Json;

namespace AirbnbClone.Application.Jobs;

/// <summary>A background job as operators see it.</summary>
public sealed record JobResponse(
    Guid Id,
    string Type,
    string State,
    int Attempts,
    int MaxAttempts,
    DateTimeOffset RunAt,
    string? LockedBy,
    DateTimeOffset? LockedUntil,
    string? LastError,
    string? DeduplicationKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    JsonElement Payload);

/// <summary>The states of a job: pending -> running -> succeeded, or back to pending (retry), or dead.</summary>
public static class JobStates
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Dead = "dead";

    public static readonly IReadOnlyList<string> All = [Pending, Running, Succeeded, Dead];
}

public static class JobErrors
{
    public static readonly Domain.Abstractions.Error NotFound =
        Domain.Abstractions.Error.NotFound("Job.NotFound", "No job has this id (succeeded jobs are deleted after the retention period).");

    public static readonly Domain.Abstractions.Error NotDead =
        Domain.Abstractions.Error.Conflict("Job.NotDead", "Only a dead job can be retried; this one is still queued, running or has succeeded.");

    public static readonly Domain.Abstractions.Error DuplicateQueued =
        Domain.Abstractions.Error.Conflict("Job.DuplicateQueued", "Another job with the same deduplication key is already queued, so this one cannot be retried now.");
}

public enum DeadJobRetryOutcome
{
    Retried = 0,
    NotFound = 1,
    NotDead = 2,
    DuplicateQueued = 3,
}

/// <summary>Operator actions on the queue (the admin endpoints). Runs in the command's transaction.</summary>
public interface IJobMaintenance
{
    /// <summary>Moves a dead job back to pending with its attempts reset; answers the job as it now is.</summary>
    Task<(DeadJobRetryOutcome Outcome, JobResponse? Job)> RetryDeadJobAsync(Guid jobId, CancellationToken cancellationToken);
}
