using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Jobs.RetryJob;

internal sealed class RetryJobCommandHandler(IJobMaintenance jobs) : ICommandHandler<RetryJobCommand, JobResponse>
{
    public async Task<Result<JobResponse>> Handle(RetryJobCommand request, CancellationToken cancellationToken)
    {
        var (outcome, job) = await jobs.RetryDeadJobAsync(request.JobId, cancellationToken);
        if (outcome == DeadJobRetryOutcome.Retried)
        {
            return job!;
        }

        return outcome switch
        {
            DeadJobRetryOutcome.NotFound => JobErrors.NotFound,
            DeadJobRetryOutcome.NotDead => JobErrors.NotDead,
            _ => JobErrors.DuplicateQueued,
        };
    }
}
