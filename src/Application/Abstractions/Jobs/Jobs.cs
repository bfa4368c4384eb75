using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

/// <summary>
/// The payload of a background job. <see cref="JobType"/> is the stable name stored in the queue: renaming the
/// C# type must not orphan queued jobs, so the name is spelled out, never derived from the type.
/// </summary>
public interface IJobPayload
{
    static abstract string JobType { get; }
}

/// <summary>How to enqueue a job; every field is optional.</summary>
/// <param name="RunAt">Not before this instant (default: now).</param>
/// <param name="MaxAttempts">Attempts before the job is dead (default: <c>Jobs:MaxAttempts</c>).</param>
/// <param name="DeduplicationKey">While a job with this key is pending or running, enqueuing another is a no-op.</param>
public sealed record JobOptions(DateTimeOffset? RunAt = null, int? MaxAttempts = null, string? DeduplicationKey = null);

/// <summary>
/// The durable job queue. Inside a command, a job is written in the command's own transaction: it exists only
/// if the command commits, and the worker is woken on commit. Outside a transaction it commits on its own.
/// </summary>
#pragma warning disable CA1711 // it is a queue, and the name the issue and the docs use
public interface IJobQueue
#pragma warning restore CA1711
{
    /// <summary>Answers the new job's id, or null when a job with the same deduplication key is already queued.</summary>
    Task<Guid?> EnqueueAsync<TPayload>(TPayload payload, JobOptions? options, CancellationToken cancellationToken)
        where TPayload : IJobPayload;
}

/// <summary>What a handler knows about the run it is in.</summary>
/// <param name="Attempt">1 on the first run; retries count up to <paramref name="MaxAttempts"/>.</param>
public sealed record JobContext(Guid JobId, string JobType, int Attempt, int MaxAttempts);

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

/// <summary>One registered job type: the worker finds handlers through these.</summary>
public sealed record JobHandlerDescriptor(string JobType, Type PayloadType);

public static class JobServiceCollectionExtensions
{
    /// <summary>Registers a handler (scoped) and makes its job type known to the worker.</summary>
    public static IServiceCollection AddJobHandler<TPayload, THandler>(this IServiceCollection services)
        where TPayload : IJobPayload
        where THandler : class, IJobHandler<TPayload>
    {
        services.AddScoped<IJobHandler<TPayload>, THandler>();
        services.AddSingleton(new JobHandlerDescriptor(TPayload.JobType, typeof(TPayload)));
        return services;
    }

    /// <summary>Registers every <see cref="IJobHandler{TPayload}"/> implementation of the assembly.</summary>
    public static IServiceCollection AddJobHandlersFromAssembly(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var register = typeof(JobServiceCollectionExtensions).GetMethod(nameof(AddJobHandler))!;
        foreach (var handler in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJobHandler<>)))
            {
                register.MakeGenericMethod(contract.GetGenericArguments()[0], handler).Invoke(null, [services]);
            }
        }

        return services;
    }
}

/// <summary>
/// Retry delays: exponential (base x 2^(attempt-1)), capped, with up to +25% random jitter so jobs that failed
/// together (an outage) do not all come back in the same instant. Without the cap, each delay is strictly longer
/// than the one before whatever the jitter.
/// </summary>
public static class JobBackoff
{
    public const double JitterFraction = 0.25;

    /// <param name="failedAttempt">The attempt that just failed (1 for the first run).</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    public static TimeSpan Delay(int failedAttempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        if (jitter is < 0 or >= 1 || double.IsNaN(jitter))
        {
            throw new ArgumentOutOfRangeException(nameof(jitter), jitter, "Jitter must be in [0, 1).");
        }

        // 2^30 base delays is far beyond any sane cap; clamping the exponent keeps the arithmetic finite.
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempt - 1, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 + (JitterFraction * jitter)));
    }
}
