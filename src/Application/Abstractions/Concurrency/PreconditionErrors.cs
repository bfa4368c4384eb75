using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Abstractions.Concurrency;

public static class PreconditionErrors
{
    public static readonly Error Failed = new(
        "Request.PreconditionFailed",
        "The resource changed since the version named in If-Match: read it again (GET answers its current ETag) and retry with that.",
        ErrorType.PreconditionFailed);
}
