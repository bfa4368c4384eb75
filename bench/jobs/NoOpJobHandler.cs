using AirbnbClone.Application.Abstractions.Jobs;

namespace AirbnbClone.Bench.Jobs;

internal sealed class NoOpJobHandler(Ledger ledger) : IJobHandler<NoOpJob>
{
    public Task HandleAsync(NoOpJob payload, JobContext context, CancellationToken cancellationToken)
    {
        ledger.Started(payload.N);
        return Task.CompletedTask;
    }
}
