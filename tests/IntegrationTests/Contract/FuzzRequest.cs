using System.Globalization;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>One generated request: what to send and, for the report, which operation and which kind of token.</summary>
public sealed record FuzzRequest(
    ContractOperation Operation,
    string Method,
    string PathAndQuery,
    string? Body,
    string? ContentType,
    string? Authorization,
    string AuthLabel,
    bool Hostile)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(PathAndQuery, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Body));
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (Authorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        return message;
    }

    /// <summary>A one-line reproducer: method, path, token kind, content type and the start of the body.</summary>
    public string Describe(int max = 300)
    {
        var path = PathAndQuery.Length > max ? PathAndQuery[..max] + $"...({PathAndQuery.Length} chars)" : PathAndQuery;
        var body = Body is null ? "no body" : Body.Length > max ? Body[..max] + $"...({Body.Length} chars)" : Body;
        return string.Create(CultureInfo.InvariantCulture, $"{Method} {path} [auth: {AuthLabel}] [{ContentType ?? "no content type"}] {body}");
    }
}
