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
