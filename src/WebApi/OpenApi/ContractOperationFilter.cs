using System.Text.Json.Nodes;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Application.Jobs;
using AirbnbClone.Application.Properties.SearchProperties;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using static AirbnbClone.WebApi.OpenApi.FieldRule;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// Per operation: who may call it (<c>security</c>), typed camelCase query parameters with the server's bounds, and
/// every problem status it can answer with one example each (plus 500/503 everywhere, 413/415 where a body is read).
/// </summary>
internal sealed class ContractOperationFilter : IOperationFilter
{
    private static readonly FieldRule Date = new() { Format = "date", MinLength = 10, MaxLength = 10, Pattern = ContractRules.DatePattern };
    private static readonly FieldRule Limit = Int(1, Cursor.MaxLimit);
    private static readonly FieldRule PageCursor = Text(1, ContractRules.CursorMaxLength);
    private static readonly FieldRule Id = new() { Format = "uuid", MinLength = 36, MaxLength = 36 };

    /// <summary>Query parameters by name: one meaning (and one schema) per name across the API, except where an operation overrides it.</summary>
    private static readonly Dictionary<string, (JsonSchemaType Type, FieldRule Rule, string Description)> Query = new(StringComparer.OrdinalIgnoreCase)
    {
        ["city"] = (JsonSchemaType.String, Text(1, PropertyDetails.CityMaxLength), "City name, case-insensitive exact match."),
        ["country"] = (JsonSchemaType.String, Text(2, 2, ContractRules.CountryPattern), "ISO 3166-1 alpha-2 country code."),
        ["lat"] = (JsonSchemaType.Number, Number(-90, 90), "Circle centre latitude (with lng and radiusKm)."),
        ["lng"] = (JsonSchemaType.Number, Number(-180, 180), "Circle centre longitude (with lat and radiusKm)."),
        ["radiusKm"] = (JsonSchemaType.Number, Positive((decimal)SearchCriteria.MaxRadiusKm), "Circle radius in kilometres (with lat and lng)."),
        ["minLat"] = (JsonSchemaType.Number, Number(-90, 90), "Map box south edge (with minLng, maxLat, maxLng)."),
        ["minLng"] = (JsonSchemaType.Number, Number(-180, 180), "Map box west edge."),
        ["maxLat"] = (JsonSchemaType.Number, Number(-90, 90), "Map box north edge."),
        ["maxLng"] = (JsonSchemaType.Number, Number(-180, 180), "Map box east edge."),
        ["checkIn"] = (JsonSchemaType.String, Date, "First night of the stay, YYYY-MM-DD."),
        ["checkOut"] = (JsonSchemaType.String, Date, "Day of departure (the night before is the last), YYYY-MM-DD."),
        ["guests"] = (JsonSchemaType.Integer, Int(1, PropertyDetails.MaxGuestsLimit), "Number of guests."),
        ["minPrice"] = (JsonSchemaType.Number, Number(0, PropertyDetails.MaxPrice), "Lowest nightly price, in the listing's currency."),
        ["maxPrice"] = (JsonSchemaType.Number, Number(0, PropertyDetails.MaxPrice), "Highest nightly price, in the listing's currency."),
        ["amenities"] = (JsonSchemaType.String, Text(1, 1000, "^[a-z0-9_]+(,[a-z0-9_]+)*$"), "Comma-separated amenity codes (GET /properties/amenities); a listing must have all of them."),
        ["instantBook"] = (JsonSchemaType.Boolean, new(), "Only listings that confirm bookings at once (true) or only request-to-book listings (false)."),
        ["sort"] = (JsonSchemaType.String, OneOf("rating", "price", "-price", "newest"), "Order: best rated (default), cheapest, dearest or newest first."),
        ["limit"] = (JsonSchemaType.Integer, Limit, $"Page size, 1-{Cursor.MaxLimit} (default {Cursor.DefaultLimit})."),
        ["cursor"] = (JsonSchemaType.String, PageCursor, "The `nextCursor` of the previous page, unchanged, with the same filters."),
        ["as"] = (JsonSchemaType.String, OneOf("guest", "host"), "Bookings made as a guest (default) or received as a host."),
        ["status"] = (JsonSchemaType.String, OneOf(BookingStatusNames.Pending, BookingStatusNames.Confirmed, BookingStatusNames.Declined,
            BookingStatusNames.Expired, BookingStatusNames.Cancelled, BookingStatusNames.Completed), "Only bookings in this state."),
        ["state"] = (JsonSchemaType.String, OneOf([.. JobStates.All]), "Only jobs in this state."),
        ["propertyId"] = (JsonSchemaType.String, Id, "The listing's id."),
        ["from"] = (JsonSchemaType.String, Date, "First day, YYYY-MM-DD."),
        ["to"] = (JsonSchemaType.String, Date, "Day after the last, YYYY-MM-DD."),
    };

    /// <summary>Query parameters an operation cannot do without (by operationId).</summary>
    private static readonly Dictionary<string, string[]> RequiredQuery = new(StringComparer.Ordinal)
    {
        ["quoteBooking"] = ["propertyId", "checkIn", "checkOut", "guests"],
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var needsToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        // Operator endpoints (under /admin) name their own scheme: an admin's token, kept apart from everyone's.
        var isAdmin = context.ApiDescription.RelativePath?.StartsWith("api/v1/admin/", StringComparison.Ordinal) == true;
        // An empty requirement ({}) is "no token needed"; public reads also take a token (a host sees their unlisted homes).
        operation.Security = needsToken
            ? [Bearer(context.Document, isAdmin ? SwaggerSetup.AdminBearerScheme : SwaggerSetup.BearerScheme)]
            : context.ApiDescription.HttpMethod == "GET" ? [[], Bearer(context.Document, SwaggerSetup.BearerScheme)] : [[]];

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            DescribeParameter(operation, parameter);
        }

        var hasBody = operation.RequestBody is not null;
        var problems = Problems.ForOperation(operation, hasBody, needsToken);
        operation.Responses ??= [];
        foreach (var status in problems)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(key, out var response) || response is not OpenApiResponse concrete)
            {
                concrete = new OpenApiResponse();
                operation.Responses[key] = concrete;
            }

            Problems.Describe(concrete, status, operation, context.Document);
        }
    }

    private static void DescribeParameter(OpenApiOperation operation, OpenApiParameter parameter)
    {
        if (parameter.In == ParameterLocation.Path)
        {
            parameter.Description ??= "A UUID.";
            if (parameter.Schema is OpenApiSchema pathSchema)
            {
                ContractSchemaFilter.BoundByFormat(pathSchema);
            }

            return;
        }

        if (parameter.In != ParameterLocation.Query || parameter.Name is null || !Query.TryGetValue(parameter.Name, out var known))
        {
            return;
        }

        // Query strings are bound by name case-insensitively; the contract spells them in camelCase.
        parameter.Name = Query.Keys.First(k => string.Equals(k, parameter.Name, StringComparison.OrdinalIgnoreCase));
        var schema = new OpenApiSchema { Type = known.Type };
        known.Rule.ApplyTo(schema);
        schema.Format ??= known.Type == JsonSchemaType.Number ? "double" : known.Type == JsonSchemaType.Integer ? "int32" : null;
        parameter.Schema = schema;
        parameter.Description = known.Description;
        parameter.Required = operation.OperationId is { } id && RequiredQuery.TryGetValue(id, out var required) && required.Contains(parameter.Name);
    }

    private static OpenApiSecurityRequirement Bearer(OpenApiDocument? document, string scheme) => new()
    {
        [new OpenApiSecuritySchemeReference(scheme, document)] = [],
    };
}
