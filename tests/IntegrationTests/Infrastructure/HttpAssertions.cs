using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace AirbnbClone.IntegrationTests.Infrastructure;

/// <summary>An RFC 9457 problem as this API writes it.</summary>
public sealed record Problem(
    int Status,
    string? Title,
    string? Detail,
    string? Code,
    string? TraceId,
    IReadOnlyDictionary<string, string[]>? Errors);

public static class HttpAssertions
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>Asserts the status code, showing the body when it differs.</summary>
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new ShouldAssertException(string.Create(CultureInfo.InvariantCulture,
                $"Expected HTTP {(int)expected} but got {(int)response.StatusCode} for {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}"));
        }
    }

    /// <summary>
    /// Asserts an error answer: the status, the problem+json content type, a matching <c>status</c>, a
    /// <c>code</c> (equal to <paramref name="code"/> when given) and a <c>traceId</c>.
    /// </summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string? code = null)
    {
        await response.ShouldHaveStatusAsync(expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ProblemJson);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        problem.ShouldNotBeNull();
        problem.Status.ShouldBe((int)expected);
        problem.Code.ShouldNotBeNullOrWhiteSpace();
        problem.TraceId.ShouldNotBeNullOrWhiteSpace();
        if (code is not null)
        {
            problem.Code.ShouldBe(code);
        }

        return problem;
    }

    /// <summary>A validation problem (400, <c>Validation.Failed</c>) naming exactly <paramref name="fields"/> in <c>errors</c>.</summary>
    public static async Task<Problem> ShouldBeValidationProblemAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Validation.Failed");
        problem.Errors.ShouldNotBeNull();
        problem.Errors.Keys.Order(StringComparer.Ordinal).ShouldBe(fields.Order(StringComparer.Ordinal));
        foreach (var messages in problem.Errors.Values)
        {
            messages.ShouldNotBeEmpty();
        }

        return problem;
    }

    public static string RetryAfter(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Retry-After", out var values) ? string.Join(',', values) : string.Empty;
    }
}
