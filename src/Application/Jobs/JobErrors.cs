namespace AirbnbClone.Application.Jobs;

public static class JobErrors
{
    public static readonly Domain.Abstractions.Error NotFound =
        Domain.Abstractions.Error.NotFound("Job.NotFound", "No job has this id (succeeded jobs are deleted after the retention period).");

    public static readonly Domain.Abstractions.Error NotDead =
        Domain.Abstractions.Error.Conflict("Job.NotDead", "Only a dead job can be retried; this one is still queued, running or has succeeded.");

    public static readonly Domain.Abstractions.Error DuplicateQueued =
        Domain.Abstractions.Error.Conflict("Job.DuplicateQueued", "Another job with the same deduplication key is already queued, so this one cannot be retried now.");
}
