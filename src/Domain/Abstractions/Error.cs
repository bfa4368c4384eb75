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
}

/// <summary>A typed failure: a stable code clients can switch on, a human message, and its kind.</summary>
public record Error(string Code, string Message, ErrorType Type)
{
    public static readonly Error None = new(string.Empty, string.Empty, ErrorType.Failure);

    public static Error Validation(string code, string message) => new(code, message, ErrorType.Validation);

    public static Error NotFound(string code, string message) => new(code, message, ErrorType.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorType.Conflict);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorType.Forbidden);

    public static Error Unauthorized(string code, string message) => new(code, message, ErrorType.Unauthorized);

    public static Error Failure(string code, string message) => new(code, message, ErrorType.Failure);
}

/// <summary>A validation failure that names every offending field at once.</summary>
public sealed record ValidationError(IReadOnlyDictionary<string, string[]> Errors)
    : Error("Validation.Failed", "One or more fields are invalid.", ErrorType.Validation)
{
    public static ValidationError ForField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A refusal because the caller made too many attempts; says when to try again.</summary>
public sealed record TooManyRequestsError(string ErrorCode, string ErrorMessage, TimeSpan RetryAfter)
    : Error(ErrorCode, ErrorMessage, ErrorType.TooManyRequests);
