using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// Document-wide parts of the contract: the server, tag descriptions, the health endpoints (mapped outside the
/// minimal-API explorer) and, on every response that documents headers, the CORS header browsers read.
/// </summary>
internal sealed class ContractDocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Users"] = "Registration, profiles and account deletion.",
        ["Authentication"] = "Log in for a short-lived access token and a rotating refresh token; refresh; log out.",
        ["Properties"] = "Search and read listings (anyone); publish, change, unlist and block dates (hosts).",
        ["Bookings"] = "Quote, book, change, confirm, decline and cancel stays; never a double-booked night.",
        ["Admin: jobs"] = "Operator tools (admin accounts only): the background job queue.",
        ["Health"] = "Liveness and readiness probes for orchestrators and load balancers.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "This deployment (local, staging or production): the origin that served this document.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            },
        ];
        AddHealth(swaggerDoc);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            TagDescriptions.Select(tag => new OpenApiTag { Name = tag.Key, Description = tag.Value }));
        foreach (var response in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                     .SelectMany(o => o.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>()).OfType<OpenApiResponse>())
        {
            if (response.Headers is { Count: > 0 } headers && !headers.ContainsKey("Access-Control-Allow-Origin"))
            {
                headers["Access-Control-Allow-Origin"] = new OpenApiHeader
                {
                    Description = "Sent to browsers whose Origin is in `Cors:AllowedOrigins` (echoes that origin).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 2048, Format = "uri" },
                };
            }
        }
    }

    private static void AddHealth(OpenApiDocument document)
    {
        var live = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Healthy")!], MaxLength = 9 },
        };
        document.Paths["/health/live"] = Probe(document, "getLiveness", "Liveness: the process answers",
            "200 `Healthy` as text while the process runs; checks no dependency.",
            new OpenApiResponses { ["200"] = Answer("The process is up.", "text/plain", live) });

        var report = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new SortedSet<string>(["status", "checks"], StringComparer.Ordinal),
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["status"] = HealthStatus(),
                    ["totalDurationMs"] = new OpenApiSchema { Type = JsonSchemaType.Number, Minimum = "0" },
                    ["checks"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        MaxProperties = 10,
                        Description = "One entry per dependency: `database` and `redis`.",
                        AdditionalProperties = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["status"] = HealthStatus(),
                                ["description"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, MaxLength = 2000 },
                                ["durationMs"] = new OpenApiSchema { Type = JsonSchemaType.Number, Minimum = "0" },
                                ["data"] = new OpenApiSchema { Type = JsonSchemaType.Object },
                            },
                        },
                    },
                },
            },
        };
        document.Paths["/health/ready"] = Probe(document, "getReadiness", "Readiness: PostgreSQL and Redis",
            "200 while PostgreSQL answers (Redis down is `Degraded`, still 200: the API serves without it); 503 when PostgreSQL is down.",
            new OpenApiResponses
            {
                ["200"] = Answer("Ready (`Healthy` or `Degraded`).", "application/json", report),
                ["503"] = Answer("Not ready: the database is unreachable.", "application/json", report),
            });
    }

    private static OpenApiPathItem Probe(OpenApiDocument document, string operationId, string summary, string description, OpenApiResponses responses) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = operationId,
                Summary = summary,
                Description = description,
                Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                Security = [[]],
                Responses = responses,
            },
        },
    };

    private static OpenApiResponse Answer(string description, string mediaType, OpenApiMediaType content) =>
        new() { Description = description, Content = new Dictionary<string, IOpenApiMediaType> { [mediaType] = content } };

    private static OpenApiSchema HealthStatus() =>
        new() { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Healthy")!, JsonValue.Create("Degraded")!, JsonValue.Create("Unhealthy")!], MaxLength = 9 };
}
