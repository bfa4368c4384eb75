using System.Text.Json.Nodes;
using Json.Schema;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>One operation of the OpenAPI document: its method, path template, raw definition and built response schemas.</summary>
public sealed class ContractOperation
{
    private readonly string[] _segments;

    internal ContractOperation(string method, string pathTemplate, JsonObject definition, bool requiresToken,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonSchema?>?> responses)
    {
        RequiresToken = requiresToken;
        Method = method;
        PathTemplate = pathTemplate;
        Definition = definition;
        _segments = pathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Responses = responses;
        OperationId = definition["operationId"]?.GetValue<string>();
        TemplateParameters = pathTemplate.Count(c => c == '{');
    }

    /// <summary>Upper case: GET, POST, ...</summary>
    public string Method { get; }

    public string PathTemplate { get; }

    public string? OperationId { get; }

    /// <summary>The operation object as served (component references left as <c>#/components/schemas/...</c>).</summary>
    public JsonObject Definition { get; }

    /// <summary>Status key (<c>200</c>, <c>4XX</c>, <c>default</c>) to media type to schema (null: no schema); a null map: no content.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonSchema?>?> Responses { get; }

    /// <summary>Literal paths win over templated ones (<c>/bookings/quote</c> before <c>/bookings/{id}</c>).</summary>
    internal int TemplateParameters { get; }

    /// <summary>Documented status keys, as written in the document.</summary>
    public IEnumerable<string> StatusKeys => Responses.Keys;

    /// <summary>True when the operation (or the document, when the operation says nothing) names a non-empty security requirement.</summary>
    public bool RequiresToken { get; }

    /// <summary>
    /// Whether <paramref name="path"/> (as sent, still escaped) fits the template: same segments, a <c>{parameter}</c>
    /// matching any non-empty one. Segment by segment, so a path of any length costs linear time.
    /// </summary>
    public bool Matches(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != _segments.Length || (path.Length > 0 && path[0] != '/'))
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var template = _segments[i];
            var isParameter = template.StartsWith('{') && template.EndsWith('}');
            if (!isParameter && !string.Equals(template, segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => OperationId is null ? $"{Method} {PathTemplate}" : $"{Method} {PathTemplate} ({OperationId})";
}
