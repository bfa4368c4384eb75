namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>A job this worker holds the lease of.</summary>
public sealed record ClaimedJob(Guid Id, string Type, string Payload, int Attempt, int MaxAttempts, DateTimeOffset CreatedAt);

internal enum JobOutcomeKind
{
    Succeeded = 0,
    Failed = 1,
    Released = 2,
}

/// <summary>What became of one run, written back to the jobs table in batches.</summary>
internal sealed record JobOutcome(ClaimedJob Job, JobOutcomeKind Kind, string? Error = null);
