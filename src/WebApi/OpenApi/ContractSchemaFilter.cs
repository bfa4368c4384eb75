using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// Makes each schema as exact as the server: the field bounds of <see cref="ContractRules"/>, the required lists of
/// request bodies, every always-written response field required, and a length on every id, date and instant.
/// </summary>
internal sealed class ContractSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema problem && context.Type == typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))
        {
            Problems.DescribeSchema(problem);
            return;
        }

        if (schema is OpenApiSchema list && ContractRules.Lists.TryGetValue(context.Type, out var listRule))
        {
            listRule.ApplyTo(list);
        }

        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        var type = context.Type;
        if (ContractRules.Fields.TryGetValue(type, out var rules))
        {
            foreach (var (name, property) in properties)
            {
                if (rules.TryGetValue(name, out var rule) && property is OpenApiSchema field)
                {
                    rule.ApplyTo(field);
                }
            }
        }

        if (ContractRules.IsPage(type))
        {
            ApplyTo(properties, "items", ContractRules.PageItems);
            ApplyTo(properties, "nextCursor", ContractRules.PageCursor);
        }

        concrete.Required = ContractRules.RequiredInRequests.TryGetValue(type, out var required)
            ? new SortedSet<string>(required, StringComparer.Ordinal)
            : AlwaysWritten(type, properties.Keys);
        foreach (var property in properties.Values.OfType<OpenApiSchema>())
        {
            BoundByFormat(property);
        }

        AllowNullReferences(type, properties);
    }

    /// <summary>Ids, dates and instants have fixed or bounded lengths whatever field carries them.</summary>
    public static void BoundByFormat(OpenApiSchema schema)
    {
        switch (schema.Format)
        {
            case "uuid":
                schema.MinLength ??= 36;
                schema.MaxLength ??= 36;
                break;
            case "date":
                schema.MinLength ??= 10;
                schema.MaxLength ??= 10;
                break;
            case "date-time":
                schema.MaxLength ??= ContractRules.InstantMaxLength;
                break;
        }
    }

    /// <summary>
    /// A nullable property of an object type is a <c>$ref</c>, which cannot say "or null" by itself in OpenAPI 3.1:
    /// it becomes <c>oneOf: [$ref, {type: null}]</c> (e.g. a booking's <c>refund</c> before any cancellation).
    /// </summary>
    private static void AllowNullReferences(Type type, IDictionary<string, IOpenApiSchema> properties)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var clr in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(clr.Name);
            if (properties.TryGetValue(name, out var property) && property is OpenApiSchemaReference reference
                && nullability.Create(clr).ReadState == NullabilityState.Nullable)
            {
                properties[name] = new OpenApiSchema { OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] };
            }
        }
    }

    private static void ApplyTo(IDictionary<string, IOpenApiSchema> properties, string name, FieldRule rule)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema field)
        {
            rule.ApplyTo(field);
        }
    }

    /// <summary>A response field is always present unless the serializer leaves it out when null.</summary>
    private static SortedSet<string> AlwaysWritten(Type type, IEnumerable<string> names)
    {
        var omittedWhenNull = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        return new SortedSet<string>(names.Where(name => !omittedWhenNull.Contains(name)), StringComparer.Ordinal);
    }
}
