using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>
/// The durable job queue. Inside a command, a job is written in the command's own transaction: it exists only
/// if the command commits, and the worker is woken on commit. Outside a transaction it commits on its own.
/// </summary>
#pragma warning disable CA1711 // it is a queue, and the name the issue and the docs use
public interface IJobQueue
#pragma warning restore CA1711
{
    /// <summary>
    /// Answers the new job's id, or null when a job with the same deduplication key is already queued. Inside the
    /// unit of work's transaction the job is written when the unit of work saves (or, at the latest, commits), with
    /// the other jobs of the transaction in one statement; the answer is then the id it gets, and a duplicate is
    /// dropped when written.
    /// </summary>
    Task<Guid?> EnqueueAsync<TPayload>(TPayload payload, JobOptions? options, CancellationToken cancellationToken)
        where TPayload : IJobPayload;
}
