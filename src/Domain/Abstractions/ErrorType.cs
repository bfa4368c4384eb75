namespace AirbnbClone.Domain.Abstractions;

/// <summary>How a failure should be understood by a caller (the API maps each to one HTTP status).</summary>
public enum ErrorType
{
    Failure = 0,
    Validation = 1,
    NotFound = 2,
    Conflict = 3,
    Forbidden = 4,
    Unauthorized = 5,
    TooManyRequests = 6,

    /// <summary>A condition the request set (If-Match) does not hold for the resource's current version.</summary>
    PreconditionFailed = 7,
}
