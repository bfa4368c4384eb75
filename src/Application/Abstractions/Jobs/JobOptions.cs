using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>How to enqueue a job; every field is optional.</summary>
/// <param name="RunAt">Not before this instant (default: now).</param>
/// <param name="MaxAttempts">Attempts before the job is dead (default: <c>Jobs:MaxAttempts</c>).</param>
/// <param name="DeduplicationKey">While a job with this key is pending or running, enqueuing another is a no-op.</param>
public sealed record JobOptions(DateTimeOffset? RunAt = null, int? MaxAttempts = null, string? DeduplicationKey = null);
