using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Http;

public static class HttpTestKit
{
    /// <summary>The one browser origin the test deployments allow (Cors:AllowedOrigins).</summary>
    public const string AllowedOrigin = "http://localhost:5173";

    public static string? Header(this HttpResponseMessage response, string name)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        {
            return string.Join(", ", values);
        }

        return null;
    }

    /// <summary>The trace id of a W3C <c>traceresponse</c> header (<c>00-trace-span-flags</c>).</summary>
    public static string TraceIdOfResponse(this HttpResponseMessage response)
    {
        var header = response.Header("traceresponse");
        header.ShouldNotBeNull("traceresponse header");
        var parts = header.Split('-');
        parts.Length.ShouldBe(4, header);
        parts[0].ShouldBe("00");
        parts[1].Length.ShouldBe(32);
        return parts[1];
    }

    /// <summary>GET that sends <paramref name="headers"/> (name, value pairs) and answers the response.</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return client.SendAsync(request);
    }

    public static async Task<(string ETag, JsonElement Body)> GetWithETagAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var tag = response.Headers.ETag;
        tag.ShouldNotBeNull($"ETag of GET {url}");
        tag.IsWeak.ShouldBeFalse();
        return (tag.ToString(), await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static string? ETagOf(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    public static MediaTypeWithQualityHeaderValue Json { get; } = new("application/json");
}
