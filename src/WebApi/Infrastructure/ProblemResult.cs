using AirbnbClone.Domain.Abstractions;
using Microsoft.AspNetCore.Mvc;

namespace AirbnbClone.WebApi.Infrastructure;

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
