using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>CORS from Cors:AllowedOrigins (the test deployment allows <see cref="HttpTestKit.AllowedOrigin"/>).</summary>
[Collection(ApiTestGroup.Name)]
public sealed class CorsTests(ApiFactory factory)
{
    [Fact]
    public async Task Preflight_Should_AllowTheMethodAndHeaders_When_TheOriginIsConfigured()
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Options, "/api/v1/properties/" + Guid.NewGuid(), null,
            ("Origin", HttpTestKit.AllowedOrigin), ("Access-Control-Request-Method", "PUT"),
            ("Access-Control-Request-Headers", "authorization, content-type, if-match"));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Header("Access-Control-Allow-Origin").ShouldBe(HttpTestKit.AllowedOrigin);
        response.Header("Access-Control-Allow-Methods").ShouldNotBeNull().ShouldContain("PUT");
        response.Header("Access-Control-Allow-Headers").ShouldNotBeNull().ToLowerInvariant().ShouldContain("if-match");
        response.Header("Access-Control-Allow-Credentials").ShouldBeNull();
    }

    [Fact]
    public async Task Preflight_Should_GrantNothing_When_TheOriginIsNotConfigured()
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Options, "/api/v1/properties", null,
            ("Origin", "https://evil.example.com"), ("Access-Control-Request-Method", "GET"));

        response.StatusCode.ShouldNotBe(HttpStatusCode.MethodNotAllowed);
        response.Header("Access-Control-Allow-Origin").ShouldBeNull();
        response.Header("Access-Control-Allow-Methods").ShouldBeNull();
    }

    [Fact]
    public async Task CrossOriginGet_Should_ExposeTheHeadersAClientReads_When_TheOriginIsConfigured()
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Get, "/api/v1/properties/amenities", null, ("Origin", HttpTestKit.AllowedOrigin));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Header("Access-Control-Allow-Origin").ShouldBe(HttpTestKit.AllowedOrigin);
        var exposed = response.Header("Access-Control-Expose-Headers").ShouldNotBeNull().Split(',', StringSplitOptions.TrimEntries);
        exposed.ShouldBe(["ETag", "Location", "Retry-After", "RateLimit", "RateLimit-Policy", "traceresponse"], ignoreOrder: true);
    }
}
