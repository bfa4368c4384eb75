using AirbnbClone.Domain.Abstractions;
using Microsoft.AspNetCore.Mvc;

namespace AirbnbClone.WebApi.Infrastructure;

/// <summary>The one place where a typed <see cref="Error"/> becomes an RFC 9457 problem+json response.</summary>
public static class ProblemResults
{
    public static int StatusCodeOf(ErrorType type) => type switch
    {
        ErrorType.Validation => StatusCodes.Status400BadRequest,
        ErrorType.NotFound => StatusCodes.Status404NotFound,
        ErrorType.Conflict => StatusCodes.Status409Conflict,
        ErrorType.Forbidden => StatusCodes.Status403Forbidden,
        ErrorType.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorType.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorType.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Turns a failed result into a problem response (never call it with a success).</summary>
    public static ProblemResult ToProblem(this Result result)
    {
        if (result.IsSuccess)
        {
            throw new InvalidOperationException("A successful result is not a problem.");
        }

        return new ProblemResult(result.Error);
    }

    public static ProblemDetails Describe(Error error)
    {
        var status = StatusCodeOf(error.Type);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(status),
            Detail = error.Message,
        };
        problem.Extensions["code"] = error.Code;
        if (error is ValidationError validation)
        {
            problem.Extensions["errors"] = Capped(validation.Errors, out var left);
            if (left > 0)
            {
                // A body of a thousand bad entries must not answer with a thousand messages (response amplification).
                problem.Extensions["errorsTruncated"] = left;
                problem.Detail = $"{error.Message} Only the first {MaxErrorFields} fields are listed; {left} more are invalid too.";
            }
        }

        return problem;
    }

    /// <summary>Most fields one validation problem lists (each with at most <see cref="MaxMessagesPerField"/> messages).</summary>
    public const int MaxErrorFields = 100;

    public const int MaxMessagesPerField = 3;

    /// <summary>Longest <c>instance</c> (the request path) a problem echoes: a longer path is cut, not amplified.</summary>
    public const int MaxInstanceLength = 2048;

    /// <summary>The path as a URI reference (percent-encoded, as sent), cut at <see cref="MaxInstanceLength"/> between escapes.</summary>
    public static string InstanceOf(PathString path)
    {
        var escaped = path.ToUriComponent();
        if (escaped.Length <= MaxInstanceLength)
        {
            return escaped;
        }

        var cut = escaped[..MaxInstanceLength];
        var escape = cut.LastIndexOf('%');
        return escape >= MaxInstanceLength - 2 ? cut[..escape] : cut;
    }

    /// <summary>Longest message listed: a message that quotes the input (an unknown amenity code) is cut here.</summary>
    public const int MaxMessageLength = 1000;

    private static Dictionary<string, string[]> Capped(IReadOnlyDictionary<string, string[]> errors, out int left)
    {
        var capped = new Dictionary<string, string[]>(Math.Min(errors.Count, MaxErrorFields), StringComparer.Ordinal);
        foreach (var (field, messages) in errors.Take(MaxErrorFields))
        {
            capped[field] = [.. messages.Take(MaxMessagesPerField).Select(m => m.Length > MaxMessageLength ? m[..(MaxMessageLength - 1)] + "…" : m)];
        }

        left = errors.Count - capped.Count;
        return capped;
    }

    public static string TitleOf(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        _ => "Server Error",
    };
}
