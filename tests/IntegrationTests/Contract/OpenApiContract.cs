using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// An OpenAPI 3.1 document turned into checks of responses. A response is matched to its operation by method and path
/// template (literal paths before templated ones), then its status must be documented (exactly, as <c>4XX</c>, or as
/// <c>default</c>), its media type must be one the status documents, and a JSON body must validate against that
/// media type's schema (JSON Schema 2020-12, formats asserted, component <c>$ref</c>s resolved).
/// </summary>
public sealed class OpenApiContract
{
    private const string Dialect202012 = "https://json-schema.org/draft/2020-12/schema";
    private const string ComponentRefPrefix = "#/components/schemas/";

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private readonly string _baseUri;

    private OpenApiContract(JsonObject document, IReadOnlyList<ContractOperation> operations, string baseUri)
    {
        Document = document;
        Operations = operations;
        _baseUri = baseUri;
    }

    /// <summary>The document as served (references untouched): the fuzz generator reads parameters and bodies from it.</summary>
    public JsonObject Document { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    public static OpenApiContract Parse(string documentJson)
    {
        var document = JsonNode.Parse(documentJson)?.AsObject() ?? throw new ArgumentException("The OpenAPI document is not a JSON object.", nameof(documentJson));
        var baseUri = $"https://contract.invalid/{Guid.NewGuid():N}/";
        var componentsUri = baseUri + "components";
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Json.Schema.Dialect.Draft202012 };

        // Components first, as one schema resource: every response schema refers into it.
        var components = (document["components"]?["schemas"]?.DeepClone() as JsonObject) ?? [];
        RewriteRefs(components, componentsUri);
        var componentsSchema = new JsonObject { ["$schema"] = Dialect202012, ["$id"] = componentsUri, ["$defs"] = components };
        JsonSchema.Build(ToElement(componentsSchema), build, new Uri(componentsUri));

        var rootSecurity = document["security"];
        var operations = new List<ContractOperation>();
        var next = 0;
        foreach (var (path, item) in (document["paths"] as JsonObject) ?? [])
        {
            if (item is not JsonObject pathItem)
            {
                continue;
            }

            foreach (var (method, value) in pathItem)
            {
                if (value is not JsonObject operation || !HttpMethods.Contains(method))
                {
                    continue;
                }

                var responses = new Dictionary<string, IReadOnlyDictionary<string, JsonSchema?>?>(StringComparer.OrdinalIgnoreCase);
                foreach (var (status, response) in (operation["responses"] as JsonObject) ?? [])
                {
                    if (response?["content"] is not JsonObject content || content.Count == 0)
                    {
                        responses[status] = null;
                        continue;
                    }

                    var media = new Dictionary<string, JsonSchema?>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (mediaType, mediaObject) in content)
                    {
                        if (mediaObject?["schema"] is not JsonNode schemaNode)
                        {
                            media[mediaType] = null;
                            continue;
                        }

                        var uri = string.Create(CultureInfo.InvariantCulture, $"{baseUri}responses/{next++}");
                        var schema = schemaNode.DeepClone();
                        if (schema is JsonObject schemaObject)
                        {
                            RewriteRefs(schemaObject, componentsUri);
                            schemaObject["$schema"] = Dialect202012;
                            schemaObject["$id"] = uri;
                        }

                        media[mediaType] = JsonSchema.Build(ToElement(schema), build, new Uri(uri));
                    }

                    responses[status] = media;
                }

                var security = operation["security"] ?? rootSecurity;
                var requiresToken = security is JsonArray requirements && requirements.Any(r => r is JsonObject { Count: > 0 });
                operations.Add(new ContractOperation(method.ToUpperInvariant(), path, operation, requiresToken, responses));
            }
        }

        return new OpenApiContract(document, operations.OrderBy(o => o.TemplateParameters).ToList(), baseUri);
    }

    /// <summary>The operation a request reaches, or null (then <paramref name="pathDocumented"/> tells whether another method of the path is).</summary>
    public ContractOperation? Find(string method, string path, out bool pathDocumented)
    {
        pathDocumented = false;
        foreach (var operation in Operations)
        {
            if (!operation.Matches(path))
            {
                continue;
            }

            pathDocumented = true;
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>Every way the response differs from the document (empty: it conforms).</summary>
    public IReadOnlyList<ContractViolation> Check(string method, string path, int status, string? mediaType, string? body)
    {
        var operation = Find(method, path, out var pathDocumented);
        if (operation is null)
        {
            // No route: 404/405 are the server's answers to a path or method it does not have; anything else means the
            // server has an operation the document does not describe.
            if (status is 404 or 405)
            {
                return [];
            }

            return [new ContractViolation($"{method.ToUpperInvariant()} {path}", status, string.Empty, "path",
                pathDocumented ? "the method is not documented for this path" : "the path is not documented")];
        }

        var name = operation.ToString();
        var statusText = status.ToString(CultureInfo.InvariantCulture);
        if (!operation.Responses.TryGetValue(statusText, out var content)
            && !operation.Responses.TryGetValue($"{statusText[0]}XX", out content)
            && !operation.Responses.TryGetValue("default", out content))
        {
            return [new ContractViolation(name, status, string.Empty, "status",
                $"status {statusText} is not documented (documented: {string.Join(", ", operation.StatusKeys)})")];
        }

        var hasBody = !string.IsNullOrEmpty(body);
        if (content is null)
        {
            return hasBody
                ? [new ContractViolation(name, status, string.Empty, "content", $"no content is documented but the response has a {mediaType ?? "untyped"} body")]
                : [];
        }

        if (!hasBody)
        {
            return string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase)
                ? []
                : [new ContractViolation(name, status, string.Empty, "content", $"content is documented ({string.Join(", ", content.Keys)}) but the body is empty")];
        }

        var schemaKey = MatchMediaType(content.Keys, mediaType);
        if (schemaKey is null)
        {
            return [new ContractViolation(name, status, string.Empty, "content-type",
                $"media type '{mediaType}' is not documented (documented: {string.Join(", ", content.Keys)})")];
        }

        var schema = content[schemaKey];
        if (schema is null || !IsJson(mediaType))
        {
            return [];
        }

        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body!);
        }
        catch (JsonException e)
        {
            return [new ContractViolation(name, status, string.Empty, "json", $"the {mediaType} body is not JSON: {e.Message}")];
        }

        using (instance)
        {
            var results = schema.Evaluate(instance.RootElement, Evaluation);
            if (results.IsValid)
            {
                return [];
            }

            var violations = new List<ContractViolation>();
            foreach (var node in results.Details ?? [])
            {
                foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
                {
                    var schemaPath = node.EvaluationPath.ToString();

                    // A false schema (additionalProperties: false) reports no keyword: the last step of its path is the one.
                    var named = keyword.Length > 0 ? keyword : schemaPath[(schemaPath.LastIndexOf('/') + 1)..];
                    violations.Add(new ContractViolation(name, status, node.InstanceLocation.ToString(), named, message, schemaPath));
                }
            }

            foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
            {
                violations.Add(new ContractViolation(name, status, results.InstanceLocation.ToString(), keyword, message, results.EvaluationPath.ToString()));
            }

            return violations.Count > 0
                ? violations
                : [new ContractViolation(name, status, string.Empty, "schema", "the body does not validate (no detail reported)")];
        }
    }

    private static readonly HashSet<string> HttpMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    };

    private static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static string? MatchMediaType(IEnumerable<string> documented, string? mediaType)
    {
        if (mediaType is null)
        {
            return null;
        }

        var keys = documented.ToList();
        var exact = keys.FirstOrDefault(k => string.Equals(k, mediaType, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var wildcard = slash > 0 ? mediaType[..slash] + "/*" : null;
        return keys.FirstOrDefault(k => string.Equals(k, wildcard, StringComparison.OrdinalIgnoreCase))
            ?? keys.FirstOrDefault(k => k == "*/*");
    }

    /// <summary>Points every <c>#/components/schemas/X</c> at the components resource (<c>$defs/X</c>).</summary>
    private static void RewriteRefs(JsonNode? node, string componentsUri)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target)
                    && target.StartsWith(ComponentRefPrefix, StringComparison.Ordinal))
                {
                    obj["$ref"] = $"{componentsUri}#/$defs/{target[ComponentRefPrefix.Length..]}";
                }

                foreach (var (_, child) in obj.ToList())
                {
                    RewriteRefs(child, componentsUri);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RewriteRefs(child, componentsUri);
                }

                break;
        }
    }

    private static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node);

    public override string ToString() => $"OpenAPI contract {_baseUri} ({Operations.Count} operations)";
}
