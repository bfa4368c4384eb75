using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>One operation of the OpenAPI document: its method, path template, raw definition and built response schemas.</summary>
public sealed class ContractOperation
{
    internal ContractOperation(string method, string pathTemplate, JsonObject definition, bool requiresToken, Regex pattern,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonSchema?>?> responses)
    {
        RequiresToken = requiresToken;
        Method = method;
        PathTemplate = pathTemplate;
        Definition = definition;
        Pattern = pattern;
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

    internal Regex Pattern { get; }

    /// <summary>Literal paths win over templated ones (<c>/bookings/quote</c> before <c>/bookings/{id}</c>).</summary>
    internal int TemplateParameters { get; }

    /// <summary>Documented status keys, as written in the document.</summary>
    public IEnumerable<string> StatusKeys => Responses.Keys;

    /// <summary>True when the operation (or the document, when the operation says nothing) names a non-empty security requirement.</summary>
    public bool RequiresToken { get; }

    public override string ToString() => OperationId is null ? $"{Method} {PathTemplate}" : $"{Method} {PathTemplate} ({OperationId})";
}
