using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>
/// Runs one kind of job, in its own DI scope. Throwing schedules a retry with backoff (the last attempt makes
/// the job dead). A job may run more than once (a worker can die after the work and before recording it), so
/// handlers are idempotent: key side effects on <see cref="JobContext.JobId"/>.
/// </summary>
public interface IJobHandler<in TPayload>
    where TPayload : IJobPayload
{
    Task HandleAsync(TPayload payload, JobContext context, CancellationToken cancellationToken);
}
