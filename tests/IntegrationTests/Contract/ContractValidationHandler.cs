using System.IO.Compression;
using System.Text;
using Xunit.Sdk;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// Checks every response a fixture client receives against the served OpenAPI document (<see cref="OpenApiContract"/>)
/// and fails the request (so the test that sent it) with every difference found. Not checked, and only these:
/// <list type="bullet">
/// <item>the Swagger UI and the document itself (<c>/swagger/*</c>, and <c>/</c> which redirects there): they describe
/// the API, they are not part of it;</item>
/// <item><c>OPTIONS</c> requests: CORS preflights are HTTP plumbing that OpenAPI does not describe;</item>
/// <item>a request marked with <see cref="WithoutContractCheck"/>, which must give a reason (for a test that sends
/// what no client could, or checks behaviour outside the API);</item>
/// <item>an app whose document is not served (<c>OpenApi:Enabled=false</c>): there is nothing to check against.</item>
/// </list>
/// With a <paramref name="reportPath"/> (<c>CONTRACT_VIOLATIONS_REPORT</c>, see <see cref="ReportVariable"/>),
/// violations are appended to that file (tab-separated) instead of failing the test: the way to list every violation
/// of a whole run at once.
/// </summary>
public sealed class ContractValidationHandler(Func<Task<OpenApiContract?>> contract, string? reportPath = null) : DelegatingHandler
{
    public const string ReportVariable = "CONTRACT_VIOLATIONS_REPORT";

    private static readonly HttpRequestOptionsKey<string> SkipReason = new("contract-check-skipped-because");
    private static readonly Lock ReportLock = new();

    /// <summary>Marks a request whose response is not to be checked; <paramref name="reason"/> says why.</summary>
    public static HttpRequestMessage WithoutContractCheck(HttpRequestMessage request, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        request.Options.Set(SkipReason, reason);
        return request;
    }

    /// <summary>Whether the response to <paramref name="request"/> is checked at all.</summary>
    public static bool IsChecked(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri?.IsAbsoluteUri == true ? request.RequestUri.AbsolutePath : request.RequestUri?.OriginalString ?? "/";
        return !request.Options.TryGetValue(SkipReason, out _)
            && request.Method != HttpMethod.Options
            && path != "/"
            && !path.StartsWith("/swagger", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The checks of one response (its content buffered, so the caller can still read it).</summary>
    public static async Task<IReadOnlyList<ContractViolation>> CheckAsync(OpenApiContract contract, HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(response);
        var request = response.RequestMessage ?? throw new ArgumentException("The response has no request.", nameof(response));
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await ReadDecodedAsync(response.Content, cancellationToken);
        return contract.Check(request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType, body);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!IsChecked(request) || await contract() is not { } document)
        {
            return response;
        }

        var violations = await CheckAsync(document, response, cancellationToken);
        if (violations.Count == 0)
        {
            return response;
        }

        if (!string.IsNullOrEmpty(reportPath))
        {
            Record(reportPath, violations);
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Dispose();
        throw new XunitException(
            $"The response to {request.Method} {request.RequestUri?.PathAndQuery} breaks the OpenAPI document ({violations.Count}):"
            + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v))
            + Environment.NewLine + "Body: " + (body.Length > 2000 ? body[..2000] + "..." : body));
    }

    private static async Task<string> ReadDecodedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var encoding = content.Headers.ContentEncoding.LastOrDefault();
        if (encoding is null)
        {
            return await content.ReadAsStringAsync(cancellationToken);
        }

        // A stream of our own over the buffered bytes: the caller still reads the content afterwards.
        await using var raw = new MemoryStream(await content.ReadAsByteArrayAsync(cancellationToken), writable: false);
        await using Stream decoded = encoding.ToUpperInvariant() switch
        {
            "GZIP" => new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true),
            "BR" => new BrotliStream(raw, CompressionMode.Decompress, leaveOpen: true),
            "DEFLATE" => new ZLibStream(raw, CompressionMode.Decompress, leaveOpen: true),
            _ => raw,
        };
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static void Record(string path, IEnumerable<ContractViolation> violations)
    {
        var lines = violations.Select(v => string.Join('\t', v.Operation, v.Status, v.InstanceLocation, v.Keyword,
            v.Message.ReplaceLineEndings(" "), v.SchemaPath));
        lock (ReportLock)
        {
            File.AppendAllLines(path, lines);
        }
    }
}
