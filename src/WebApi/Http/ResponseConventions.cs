using System.Diagnostics;
using System.Globalization;
using AirbnbClone.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace AirbnbClone.WebApi.Http;

/// <summary>
/// Headers every response carries, set when it starts (so error answers written by the exception handler have them
/// too): security headers, the W3C trace header, <c>Cache-Control: no-store</c> on API answers that did not declare
/// themselves public, and the <c>RateLimit</c> headers of the limits the request went through.
/// </summary>
internal static class ResponseConventions
{
    /// <summary>W3C Trace Context Level 2: <c>00-&lt;trace id&gt;-&lt;server span id&gt;-&lt;flags&gt;</c>.</summary>
    public const string TraceResponseHeader = "traceresponse";

    public const string RateLimitHeader = "RateLimit";
    public const string RateLimitPolicyHeader = "RateLimit-Policy";

    /// <summary>JSON only: nothing may load, frame or submit anything.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Swagger UI: its own scripts and styles, inline style attributes and data: icons, calls to this origin.</summary>
    public const string SwaggerContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private static readonly Func<object, Task> OnStarting = state =>
    {
        var (context, observation) = ((HttpContext, RateLimitObservation))state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.StrictTransportSecurity = StrictTransportSecurity;
        var swagger = context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = swagger ? SwaggerContentSecurityPolicy : ApiContentSecurityPolicy;
        if (!swagger && headers.CacheControl.Count == 0)
        {
            headers.CacheControl = "no-store";
        }

        if (RequestActivity(context) is { } activity)
        {
            headers[TraceResponseHeader] = $"00-{activity.TraceId}-{activity.SpanId}-{(activity.Recorded ? "01" : "00")}";
        }

        if (observation.Policy is { } policy)
        {
            // draft-ietf-httpapi-ratelimit-headers: the quota and window, then what is left and when the window ends.
            headers[RateLimitPolicyHeader] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";q={observation.Limit};w={(int)observation.Window.TotalSeconds}");
            headers[RateLimitHeader] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";r={observation.Remaining};t={(int)Math.Ceiling(observation.TimeLeft.TotalSeconds)}");
        }

        return Task.CompletedTask;
    };

    /// <summary>The request's own activity (ASP.NET Core hosting's), whose trace id problem bodies carry too.</summary>
    public static Activity? RequestActivity(HttpContext context) => context.Features.Get<IHttpActivityFeature>()?.Activity;

    public static IApplicationBuilder UseResponseConventions(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(OnStarting, (context, RateLimitObservation.Begin()));
            return next(context);
        });
}
