namespace AirbnbClone.Application.Jobs;

public enum DeadJobRetryOutcome
{
    Retried = 0,
    NotFound = 1,
    NotDead = 2,
    DuplicateQueued = 3,
}
