using System.Text.Json;
using AirbnbClone.WebApi.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace AirbnbClone.IntegrationTests.Hardening;

/// <summary>
/// Issue 10, defect 4: only a request body the framework could not read is the client's fault (400); a
/// <see cref="JsonException"/> from anywhere else (a value read back from a cache or a column) is a 500.
/// </summary>
public sealed class GlobalExceptionHandlerTests
{
    [Fact]
    public async Task TryHandle_Should_Answer500_When_AJsonExceptionComesFromOurOwnCode()
    {
        var (context, written) = await HandleAsync(new JsonException("'{' is invalid after a value."));

        context.Response.StatusCode.ShouldBe(500);
        written.ProblemDetails.Extensions["code"].ShouldBe("Server.Unexpected");
    }

    [Fact]
    public async Task TryHandle_Should_Answer400MalformedJson_When_TheRequestBodyCouldNotBeRead()
    {
        var (context, written) = await HandleAsync(new BadHttpRequestException("Failed to read parameter.", 400, new JsonException("bad", "$.guests", 1, 12)));

        context.Response.StatusCode.ShouldBe(400);
        written.ProblemDetails.Extensions["code"].ShouldBe("Request.MalformedJson");
        written.ProblemDetails.Detail.ShouldNotBeNull().ShouldContain("$.guests");
    }

    // Issue 10, defect 5: a PostgreSQL restart (57P01/57P03, refused connections) answered 500 for its ~0.3 s.
    public static TheoryData<Exception> TransientDatabaseFailures() => new()
    {
        new Npgsql.PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        new Npgsql.PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"),
        new Npgsql.NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)),
        new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving.", new Npgsql.PostgresException("terminating connection", "FATAL", "FATAL", "57P01")),
    };

    [Theory]
    [MemberData(nameof(TransientDatabaseFailures))]
    public async Task TryHandle_Should_Answer503WithRetryAfter_When_TheDatabaseIsBrieflyUnavailable(Exception exception)
    {
        var (context, written) = await HandleAsync(exception);

        context.Response.StatusCode.ShouldBe(503);
        context.Response.Headers.RetryAfter.ToString().ShouldBe(GlobalExceptionHandler.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        written.ProblemDetails.Extensions["code"].ShouldBe("Service.Unavailable");
    }

    [Fact]
    public async Task TryHandle_Should_Answer500_When_ADatabaseErrorIsNotTransient()
    {
        var (context, written) = await HandleAsync(new Npgsql.PostgresException("duplicate key value", "ERROR", "ERROR", "23505"));

        context.Response.StatusCode.ShouldBe(500);
        written.ProblemDetails.Extensions["code"].ShouldBe("Server.Unexpected");
    }

    private static async Task<(HttpContext Context, ProblemDetailsContext Written)> HandleAsync(Exception exception)
    {
        var problems = new CapturingProblemDetailsService();
        var handler = new GlobalExceptionHandler(problems, NullLogger<GlobalExceptionHandler>.Instance);
        var context = new DefaultHttpContext();

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).ShouldBeTrue();

        return (context, problems.Written.ShouldNotBeNull());
    }

    private sealed class CapturingProblemDetailsService : IProblemDetailsService
    {
        public ProblemDetailsContext? Written { get; private set; }

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Written = context;
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
        {
            Written = context;
            return ValueTask.FromResult(true);
        }
    }
}
