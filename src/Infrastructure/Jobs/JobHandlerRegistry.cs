using System.Reflection;
using System.Text.Json;
using AirbnbClone.Application.Abstractions.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// Job type name -> how to run it: deserialize the payload and call the payload type's <see cref="IJobHandler{T}"/>
/// from the job's own scope. Built once from the registered <see cref="JobHandlerDescriptor"/>s.
/// </summary>
public sealed class JobHandlerRegistry
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly MethodInfo InvokeMethod =
        typeof(JobHandlerRegistry).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, Func<IServiceProvider, string, JobContext, CancellationToken, Task>> _invokers = new(StringComparer.Ordinal);

    public JobHandlerRegistry(IEnumerable<JobHandlerDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        foreach (var descriptor in descriptors.DistinctBy(d => (d.JobType, d.PayloadType)))
        {
            if (_invokers.ContainsKey(descriptor.JobType))
            {
                throw new InvalidOperationException($"Two payload types claim the job type '{descriptor.JobType}'.");
            }

            _invokers[descriptor.JobType] = InvokeMethod.MakeGenericMethod(descriptor.PayloadType)
                .CreateDelegate<Func<IServiceProvider, string, JobContext, CancellationToken, Task>>();
        }
    }

    public IReadOnlyCollection<string> JobTypes => _invokers.Keys;

    public string JobTypeList => string.Join(", ", _invokers.Keys.Order(StringComparer.Ordinal));

    /// <summary>Runs the job in <paramref name="scope"/>; throws when the type is unknown or the payload unreadable.</summary>
    public Task RunAsync(IServiceProvider scope, ClaimedJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!_invokers.TryGetValue(job.Type, out var invoke))
        {
            // Retried like any failure: during a rolling deploy a newer worker may know the type.
            throw new InvalidOperationException($"No handler is registered for job type '{job.Type}' in worker process {Environment.ProcessId}.");
        }

        return invoke(scope, job.Payload, new JobContext(job.Id, job.Type, job.Attempt, job.MaxAttempts), cancellationToken);
    }

    public static string Serialize<TPayload>(TPayload payload) => JsonSerializer.Serialize(payload, JsonOptions);

    private static Task InvokeAsync<TPayload>(IServiceProvider scope, string json, JobContext context, CancellationToken cancellationToken)
        where TPayload : IJobPayload
    {
        var payload = JsonSerializer.Deserialize<TPayload>(json, JsonOptions)
            ?? throw new JsonException($"The payload of job {context.JobId} ({context.JobType}) is null.");
        return scope.GetRequiredService<IJobHandler<TPayload>>().HandleAsync(payload, context, cancellationToken);
    }
}
