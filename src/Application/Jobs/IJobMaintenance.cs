namespace AirbnbClone.Application.Jobs;

/// <summary>Operator actions on the queue (the admin endpoints). Runs in the command's transaction.</summary>
public interface IJobMaintenance
{
    /// <summary>Moves a dead job back to pending with its attempts reset; answers the job as it now is.</summary>
    Task<(DeadJobRetryOutcome Outcome, JobResponse? Job)> RetryDeadJobAsync(Guid jobId, CancellationToken cancellationToken);
}
