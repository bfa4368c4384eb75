using AirbnbClone.Domain.Abstractions;
using Microsoft.AspNetCore.Http.HttpResults;
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
            problem.Extensions["errors"] = validation.Errors;
        }

        return problem;
    }

    public static string TitleOf(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        429 => "Too Many Requests",
        _ => "Server Error",
    };
}

/// <summary>A failed <see cref="Result"/> written as problem+json, with <c>Retry-After</c> when rate limited.</summary>
public sealed class ProblemResult(Error error) : IResult
{
    public Error Error => error;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var problem = ProblemResults.Describe(error);
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (error is TooManyRequestsError limited)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var writer = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}

/// <summary>The usual endpoint shapes: a result becomes a typed success or a problem, in one line.</summary>
public static class ResultHttpExtensions
{
    public static async Task<Results<Ok<T>, ProblemResult>> ToOk<T>(this Task<Result<T>> pending)
    {
        var result = await pending;
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    public static async Task<Results<NoContent, ProblemResult>> ToNoContent(this Task<Result> pending)
    {
        var result = await pending;
        return result.IsSuccess ? TypedResults.NoContent() : result.ToProblem();
    }

    public static async Task<Results<Created<T>, ProblemResult>> ToCreated<T>(this Task<Result<T>> pending, Func<T, string> location)
    {
        var result = await pending;
        return result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.ToProblem();
    }
}
