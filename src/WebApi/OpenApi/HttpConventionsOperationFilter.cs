using AirbnbClone.WebApi.Http;
using AirbnbClone.WebApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// Documents the HTTP conventions the endpoints' metadata declare (docs/adr/0013-http-conventions.md): the trace, CORS and
/// Cache-Control headers of every answer; ETag, If-None-Match and 304 where an <see cref="HttpCachingPolicy"/> names
/// tags; If-Match and 412 on conditional writes; and, on every rate-limited operation, the RateLimit headers of its
/// 2xx/4xx answers and a 429 (problem+json) with Retry-After.
/// </summary>
internal sealed class HttpConventionsOperationFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";
    private const string ETag = "ETag";
    private const string CacheControl = "Cache-Control";
    private const string RetryAfter = "Retry-After";
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    /// <summary><c>*</c> or a comma-separated list of (possibly weak) quoted entity tags.</summary>
    private const string EntityTagListPattern = "^(\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*)$";

    private static readonly Dictionary<string, Func<OpenApiHeader>> Headers = new(StringComparer.Ordinal)
    {
        [ResponseConventions.TraceResponseHeader] = () => Text(
            "W3C Trace Context Level 2 `traceresponse`: `00-<trace id>-<span id>-<flags>`. The trace id is the one of an incoming `traceparent` when sent, and the `traceId` of a problem body. Quote it when reporting a problem.",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", 55, pattern: "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"),
        [CacheControl] = () => Text(
            "`no-store` on private and token answers; `public, max-age=<seconds>` on public reads (search 10, listed homes' details 10, availability 10, amenities 3600).",
            "no-store", 64, values: CacheControlValues()),
        [ETag] = () => Text(
            "Strong entity tag of this representation. Send it back as `If-None-Match` (304 when unchanged) or `If-Match` (conditional update).",
            "\"2f4a1-9c1e27ab\"", 64, pattern: "^\"[0-9a-z-]+\"$"),
        [ResponseConventions.RateLimitHeader] = () => Text(
            "IETF draft-ietf-httpapi-ratelimit-headers: requests left in the current window (`r`) and seconds until it resets (`t`) for the named policy.",
            "\"reads\";r=1187;t=42", 64, pattern: "^\"[a-z]+\";r=[0-9]+;t=[0-9]+$"),
        [ResponseConventions.RateLimitPolicyHeader] = () => Text(
            "IETF draft-ietf-httpapi-ratelimit-headers: the policy's quota (`q` requests) per window (`w` seconds).",
            "\"reads\";q=1200;w=60", 64, pattern: "^\"[a-z]+\";q=[0-9]+;w=[0-9]+$"),
        [AllowOrigin] = () => Text(
            "CORS: the request's `Origin`, sent only when it is one of `Cors:AllowedOrigins` (Development: http://localhost:3000 and http://localhost:5173). Browser scripts may read ETag, Location, Retry-After, RateLimit, RateLimit-Policy and traceresponse.",
            "http://localhost:5173", 2048, format: "uri"),
        [RetryAfter] = () => new OpenApiHeader
        {
            Description = "Seconds to wait before retrying.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = "86400" },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var caching = metadata.OfType<HttpCachingPolicy>().LastOrDefault();
        var limited = metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any();
        var isGet = string.Equals(context.ApiDescription.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase);
        operation.Responses ??= [];

        if (caching is { EntityTag: true } && isGet)
        {
            AddHeaderParameter(operation, "If-None-Match", "Entity tags the client holds (an earlier `ETag`): the answer is 304 without a body while one of them is current.");
            operation.Responses.TryAdd("304", new OpenApiResponse { Description = "Not Modified: the representation still has the ETag sent in If-None-Match." });
        }

        if (caching is { IfMatch: true })
        {
            AddHeaderParameter(operation, "If-Match", "Optional. The `ETag` of the version this change is based on: when the resource has changed since, nothing is written and the answer is 412 `Request.PreconditionFailed` (GET it again). Without it the write is unconditional.");
            operation.Responses.TryAdd("412", Problem(context, "Precondition Failed: the resource changed since the version named in If-Match (`Request.PreconditionFailed`)."));
        }

        if (limited)
        {
            operation.Responses.TryAdd("429", Problem(context, "Too Many Requests (`RateLimit.Exceeded`): wait Retry-After seconds."));
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue; // a reference to a shared response: documented where it is defined
            }

            var success = status.StartsWith('2') || status == "304";
            AddHeader(concrete, context, ResponseConventions.TraceResponseHeader);
            AddHeader(concrete, context, AllowOrigin);
            AddHeader(concrete, context, CacheControl);
            if (caching is { EntityTag: true } && success)
            {
                AddHeader(concrete, context, ETag);
            }

            if (limited && (status.StartsWith('2') || status.StartsWith('4') || status == "304"))
            {
                AddHeader(concrete, context, ResponseConventions.RateLimitHeader);
                AddHeader(concrete, context, ResponseConventions.RateLimitPolicyHeader);
            }

            if (status == "429")
            {
                AddHeader(concrete, context, RetryAfter);
            }
        }
    }

    private static OpenApiHeader Text(
        string description, string example, int maxLength, string? pattern = null, string? format = null, IEnumerable<string>? values = null) => new()
    {
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = maxLength,
            Pattern = pattern,
            Format = format,
            Enum = values?.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList(),
        },
        Example = System.Text.Json.Nodes.JsonValue.Create(example),
    };

    /// <summary>Every Cache-Control value the API answers: no-store and each public policy's.</summary>
    private static IEnumerable<string> CacheControlValues() =>
        new[] { HttpCachingPolicies.Search, HttpCachingPolicies.ListingDetails, HttpCachingPolicies.Availability, HttpCachingPolicies.Amenities }
            .Select(p => p.PublicCacheControl!)
            .Prepend("no-store")
            .Distinct(StringComparer.Ordinal);

    private static OpenApiResponse Problem(OperationFilterContext context, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
        {
            [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
        },
    };

    private static void AddHeaderParameter(OpenApiOperation operation, string name, string description)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = false,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1024, Pattern = EntityTagListPattern },
        });
    }

    /// <summary>Each header is described once under components/headers and referenced from every response.</summary>
    private static void AddHeader(OpenApiResponse response, OperationFilterContext context, string name)
    {
        var components = context.Document.Components ??= new OpenApiComponents();
        components.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        components.Headers.TryAdd(name, Headers[name]());
        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        response.Headers.TryAdd(name, new OpenApiHeaderReference(name, context.Document));
    }
}
