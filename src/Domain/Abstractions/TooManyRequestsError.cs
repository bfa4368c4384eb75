namespace AirbnbClone.Domain.Abstractions;

/// <summary>A refusal because the caller made too many attempts; says when to try again.</summary>
public sealed record TooManyRequestsError(string ErrorCode, string ErrorMessage, TimeSpan RetryAfter)
    : Error(ErrorCode, ErrorMessage, ErrorType.TooManyRequests);
