using AirbnbClone.Application.Abstractions.Jobs;

namespace AirbnbClone.Bench.Jobs;

/// <summary>A job that only records that it ran; <see cref="N"/> is its slot in the <see cref="Ledger"/>.</summary>
internal sealed record NoOpJob(int N) : IJobPayload
{
    public static string JobType => "bench.noop";
}
