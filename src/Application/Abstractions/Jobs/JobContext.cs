using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>What a handler knows about the run it is in.</summary>
/// <param name="Attempt">1 on the first run; retries count up to <paramref name="MaxAttempts"/>.</param>
public sealed record JobContext(Guid JobId, string JobType, int Attempt, int MaxAttempts);
