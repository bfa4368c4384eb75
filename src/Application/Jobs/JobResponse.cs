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
