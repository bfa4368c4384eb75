using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AirbnbClone.WebApi.Infrastructure;

/// <summary>
/// Exceptions become problem+json here and only here. What the client sent wrong (malformed JSON, a wrong
/// type, an oversized body) is a 4xx that says so; anything else is a 500 that reveals nothing internal. A body the
/// framework cannot read arrives as <see cref="BadHttpRequestException"/>; a <see cref="JsonException"/> from anywhere
/// else (a value read back from a cache or a column) is our fault, never the client's.
/// </summary>
internal sealed partial class GlobalExceptionHandler(IProblemDetailsService problemDetails, ILogger<GlobalExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => ClientProblem(bad.StatusCode, CodeOf(bad), DetailOf(bad)),
            // Text PostgreSQL cannot store (a NUL character): the client's input, not our fault.
            Npgsql.PostgresException { SqlState: "22021" or "22P05" } => ClientProblem(400, "Request.InvalidCharacters", "A text field contains characters that cannot be stored (such as NUL)."),
            // The database restarting, failing over or refusing connections for a moment: worth a retry, not a 500.
            _ when IsTransientDatabaseFailure(exception) => Unavailable(httpContext, exception),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true; // the client went away; nobody is listening for an answer
            }

            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = 500,
                Title = "Server Error",
                Detail = "An unexpected error occurred. It has been logged; quote the traceId when reporting it.",
            };
            problem.Extensions["code"] = "Server.Unexpected";
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Seconds a client is asked to wait after a transient database failure (the usual restart takes under one).</summary>
    public const int RetryAfterSeconds = 2;

    // Npgsql marks connection failures and PostgreSQL's shutdown/startup/too-many-connections answers as transient
    // (57P01 admin shutdown, 57P03 cannot connect now, 53300, 08xxx ...); EF wraps them in DbUpdateException.
    private static bool IsTransientDatabaseFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    private ProblemDetails Unavailable(HttpContext httpContext, Exception exception)
    {
        LogTransient(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = 503,
            Title = "Service Unavailable",
            Detail = $"The database is briefly unavailable; retry after {RetryAfterSeconds} seconds.",
        };
        problem.Extensions["code"] = "Service.Unavailable";
        return problem;
    }

    private static ProblemDetails ClientProblem(int status, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = ProblemResults.TitleOf(status), Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static string CodeOf(BadHttpRequestException exception) => exception.StatusCode switch
    {
        413 => "Request.BodyTooLarge",
        415 => "Request.UnsupportedMediaType",
        _ when exception.InnerException is JsonException => "Request.MalformedJson",
        _ => "Request.Invalid",
    };

    private static string DetailOf(BadHttpRequestException exception) => exception.StatusCode switch
    {
        413 => $"The request body is larger than the {RequestLimits.MaxBodyBytes / 1024} KiB this API accepts.",
        _ when exception.InnerException is JsonException json =>
            $"The request body is not valid JSON for this endpoint (at '{json.Path ?? "$"}'): check for syntax errors and that each field has the documented type.",
        _ => exception.Message,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database briefly unavailable for {Method} {Path}: answered 503")]
    private static partial void LogTransient(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}

public static class RequestLimits
{
    /// <summary>1 MiB: no request of this API legitimately needs more.</summary>
    public const long MaxBodyBytes = 1024 * 1024;
}
