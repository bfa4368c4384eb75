using System.Globalization;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// One way a response differs from the OpenAPI document: the operation (<c>METHOD /template</c>), the status, the JSON
/// pointer of the failing instance (empty for the whole response) and the schema keyword (or <c>status</c>,
/// <c>content-type</c>, <c>content</c>, <c>path</c>, <c>json</c> for what is not a schema keyword).
/// </summary>
public sealed record ContractViolation(string Operation, int Status, string InstanceLocation, string Keyword, string Message, string SchemaPath = "")
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Operation} -> {Status}: '{Keyword}' at '{InstanceLocation}': {Message}{(SchemaPath.Length > 0 ? $" (schema {SchemaPath})" : string.Empty)}");
}
