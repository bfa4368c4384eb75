namespace AirbnbClone.Application.Jobs;

/// <summary>The column list every job query selects, aliased to <see cref="JobRow"/>.</summary>
internal static class JobSql
{
    public const string Columns = """
        id AS Id, type AS Type, state AS State, attempts AS Attempts, max_attempts AS MaxAttempts, run_at AS RunAt,
        locked_by AS LockedBy, locked_until AS LockedUntil, last_error AS LastError, dedup_key AS DeduplicationKey,
        created_at AS CreatedAt, updated_at AS UpdatedAt, completed_at AS CompletedAt, payload::text AS Payload
        """;
}

/// <summary>A jobs row as Dapper reads it (the payload as JSON text).</summary>
public sealed class JobRow
{
    public Guid Id { get; init; }

    public string Type { get; init; } = string.Empty;

    public string State { get; init; } = string.Empty;

    public int Attempts { get; init; }

    public int MaxAttempts { get; init; }

    public DateTimeOffset RunAt { get; init; }

    public string? LockedBy { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public string? LastError { get; init; }

    public string? DeduplicationKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string Payload { get; init; } = "null";

}
