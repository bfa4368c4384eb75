using System.Text.Json;
using AirbnbClone.WebApi.Endpoints;
using AirbnbClone.WebApi.Http;
using AirbnbClone.WebApi.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AirbnbClone.WebApi.Hosting;

internal static class Pipeline
{
    /// <summary>Serve /swagger (the OpenAPI document and Swagger UI); default: on in Development only.</summary>
    public const string OpenApiEnabledKey = "OpenApi:Enabled";

    public static WebApplication UsePresentation(this WebApplication app)
    {
        // First: every answer, errors included, gets the security, trace, cache and rate-limit headers (ADR 0013).
        app.UseResponseConventions();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RejectOversizedBodies);
        // The document and its UI only where configured: on in Development, off elsewhere unless OpenApi:Enabled says so.
        var openApi = app.Configuration.GetValue(OpenApiEnabledKey, app.Environment.IsDevelopment());
        if (openApi)
        {
            // OpenAPI 3.1: schemas are JSON Schema 2020-12, so nullable is `type: [x, "null"]` and tests validate with it.
            app.UseSwagger(swagger => swagger.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
            app.UseSwaggerUI(ui =>
            {
                ui.SwaggerEndpoint("/swagger/v1/swagger.json", "AirbnbClone API v1");
                ui.DocumentTitle = "AirbnbClone API";
            });
        }
        // Preflights are answered here, before authentication and rate limits.
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        var api = app.MapGroup("/api/v1");
        var limits = app.Configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (limits.ReadsPerMinute > 0)
        {
            ((IEndpointConventionBuilder)api).Finally(LimitAsReadUnlessLimited);
        }
        api.MapUsersEndpoints();
        api.MapAuthEndpoints();
        api.MapPropertiesEndpoints();
        api.MapBookingsEndpoints();
        api.MapAdminJobsEndpoints();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Health").ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(AirbnbClone.Infrastructure.DependencyInjection.ReadyTag),
            ResponseWriter = WriteHealthAsync,
        }).ExcludeFromDescription();
        if (openApi)
        {
            app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
        }
        return app;
    }

    /// <summary>Every operation is rate limited: one without a policy of its own (the reads) gets the generous reads policy.</summary>
    private static void LimitAsReadUnlessLimited(EndpointBuilder endpoint)
    {
        if (!endpoint.Metadata.Any(m => m is EnableRateLimitingAttribute or DisableRateLimitingAttribute))
        {
            endpoint.Metadata.Add(new EnableRateLimitingAttribute(RateLimitPolicies.Reads));
        }
    }

    /// <summary>
    /// Refuses a body whose declared length is over the limit before anything reads it (Kestrel's own
    /// limit also stops chunked bodies while they are read).
    /// </summary>
    private static async Task RejectOversizedBodies(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Payload Too Large",
                Detail = $"The request body is larger than the {RequestLimits.MaxBodyBytes / 1024} KiB this API accepts.",
            };
            problem.Extensions["code"] = "Request.BodyTooLarge";
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
            return;
        }

        await next(context);
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    data = e.Value.Data,
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
