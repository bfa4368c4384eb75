using System.Globalization;
using System.Text.Json.Nodes;
using AirbnbClone.WebApi.Infrastructure;
using Microsoft.OpenApi;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// The RFC 9457 problem as this API writes it (<c>code</c>, <c>traceId</c>, <c>errors</c>), which statuses an operation
/// documents, and one realistic example per status.
/// </summary>
internal static class Problems
{
    public const string MediaType = "application/problem+json";
    public const string SchemaId = "ProblemDetails";

    /// <summary>The statuses every operation may answer with, whatever it does: a server fault, or a dependency down.</summary>
    private static readonly int[] Always = [StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable];

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "The input is malformed or breaks a rule: `errors` names each field with its messages (at most 3 per field, 100 fields).",
        [401] = "No token, or an expired, invalid or revoked one: log in again or refresh.",
        [403] = "The token is valid but its role or ownership does not allow this.",
        [404] = "No such resource, or not one the caller may see.",
        [409] = "The request conflicts with the current state (see `code`).",
        [412] = "`If-Match` does not match the resource's current ETag: read it again and retry.",
        [413] = "The body is larger than the API accepts.",
        [415] = "The body must be `application/json`.",
        [429] = "Too many requests: wait `Retry-After` seconds.",
        [500] = "An unexpected server fault (never caused by input): report the `traceId`.",
        [503] = "A dependency (the database) is briefly unavailable: retry after `Retry-After` seconds.",
    };

    public static IEnumerable<int> ForOperation(OpenApiOperation operation, bool hasBody, bool needsToken)
    {
        var statuses = new SortedSet<int>(Always);
        foreach (var key in operation.Responses?.Keys ?? Enumerable.Empty<string>())
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status >= 400)
            {
                statuses.Add(status);
            }
        }

        if (hasBody)
        {
            statuses.UnionWith([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        }

        if (operation.Parameters is { Count: > 0 })
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (needsToken)
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
        }

        return statuses;
    }

    public static void Describe(OpenApiResponse response, int status, OpenApiOperation operation, OpenApiDocument? document)
    {
        response.Description = Descriptions.TryGetValue(status, out var text) ? text : ProblemResults.TitleOf(status);
        var code = CodeFor(status, operation);
        response.Content = new Dictionary<string, IOpenApiMediaType>
        {
            [MediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchemaReference(SchemaId, document),
                Examples = new Dictionary<string, IOpenApiExample>
                {
                    [code] = new OpenApiExample { Summary = code, Value = Example(status, code) },
                },
            },
        };
    }

    /// <summary>The exact problem schema (replaces what the framework's ProblemDetails type would give).</summary>
    public static void DescribeSchema(OpenApiSchema schema)
    {
        schema.Description = "RFC 9457 problem details. `code` is stable and meant for programs; `title` and `detail` are for people.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = 200, Description = "A URI naming the kind of problem." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100, Description = "The status in words." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, MaxLength = 2000, Description = "What went wrong, for people." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference", MaxLength = ProblemResults.MaxInstanceLength, Description = "The request path (cut at 2048 characters)." },
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MaxLength = 100,
                Pattern = "^[A-Za-z]+\\.[A-Za-z0-9]+$",
                Description = "Stable error code, e.g. `Booking.Overlap`, `Validation.Failed`, `Auth.Required`.",
            },
            ["traceId"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MinLength = 32,
                MaxLength = 32,
                Pattern = "^[0-9a-f]{32}$",
                Description = "The W3C trace id (also in the `traceresponse` header): quote it when reporting a problem.",
            },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"Validation only: messages per field (JSON path as sent, e.g. `address.country`, `amenities[2]`). At most {ProblemResults.MaxErrorFields} fields with {ProblemResults.MaxMessagesPerField} messages each.",
                MaxProperties = ProblemResults.MaxErrorFields,
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MaxItems = ProblemResults.MaxMessagesPerField,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ProblemResults.MaxMessageLength },
                },
            },
            ["errorsTruncated"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = "1",
                Maximum = "1000000",
                Description = "How many more invalid fields were left out of `errors`.",
            },
        };
        schema.Required = new SortedSet<string>(["code", "status", "title", "traceId"], StringComparer.Ordinal);
        schema.AdditionalProperties = null;
        schema.AdditionalPropertiesAllowed = true;
    }

    private static string CodeFor(int status, OpenApiOperation operation)
    {
        var resource = operation.Tags?.FirstOrDefault()?.Name switch
        {
            "Properties" => "Property",
            "Bookings" => "Booking",
            "Users" or "Authentication" => "User",
            "Admin: jobs" => "Job",
            _ => "Resource",
        };
        return status switch
        {
            400 => "Validation.Failed",
            401 => "Auth.Required",
            403 => "Auth.Forbidden",
            404 => $"{resource}.NotFound",
            409 => resource switch
            {
                "Booking" => "Booking.Overlap",
                "User" => "User.EmailTaken",
                "Property" => "Property.HasFutureBookings",
                _ => "Job.NotDead",
            },
            412 => "Request.PreconditionFailed",
            413 => "Request.BodyTooLarge",
            415 => "Request.UnsupportedMediaType",
            429 => "RateLimit.Exceeded",
            503 => "Service.Unavailable",
            _ => "Server.Unexpected",
        };
    }

    private static JsonObject Example(int status, string code)
    {
        var example = new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110",
            ["title"] = status == StatusCodes.Status503ServiceUnavailable ? "Service Unavailable" : ProblemResults.TitleOf(status),
            ["status"] = status,
            ["detail"] = Descriptions.TryGetValue(status, out var text) ? text : null,
            ["instance"] = "/api/v1/bookings",
            ["code"] = code,
            ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        };
        if (status == 400)
        {
            example["errors"] = new JsonObject { ["checkOut"] = new JsonArray("Must be after checkIn.") };
        }

        return example;
    }
}
