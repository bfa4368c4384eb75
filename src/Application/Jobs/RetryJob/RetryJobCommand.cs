using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Jobs.RetryJob;

/// <summary>Puts a dead job back in the queue with its attempts reset (admins), e.g. after fixing the cause.</summary>
public sealed record RetryJobCommand(Guid JobId) : ICommand<JobResponse>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}

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
