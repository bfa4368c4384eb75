using System.Diagnostics;
using System.Net;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>Security headers on every answer and no Server header, seen through real Kestrel.</summary>
[Collection(RealServerTestGroup.Name)]
public sealed class SecurityHeadersTests(RealServerApiFactory factory)
{
    [Theory]
    [InlineData("/api/v1/properties/amenities", HttpStatusCode.OK)]
    [InlineData("/api/v1/properties/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/users/me", HttpStatusCode.Unauthorized)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task Response_Should_CarrySecurityHeadersAndNoServerHeader(string url, HttpStatusCode status)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(status);
        response.Headers.Server.ShouldBeEmpty();
        response.Header("Server").ShouldBeNull();
        response.Header("X-Content-Type-Options").ShouldBe("nosniff");
        response.Header("X-Frame-Options").ShouldBe("DENY");
        response.Header("Referrer-Policy").ShouldBe("no-referrer");
        response.Header("Strict-Transport-Security").ShouldNotBeNull().ShouldStartWith("max-age=");
        response.Header("Content-Security-Policy").ShouldNotBeNull().ShouldContain("default-src 'none'");
    }

    [Fact]
    public async Task SwaggerUi_Should_GetAPolicyThatLetsItsOwnScriptsAndStylesRun()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = response.Header("Content-Security-Policy").ShouldNotBeNull();
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("style-src 'self' 'unsafe-inline'");
        policy.ShouldNotContain("default-src 'none'");
        response.Header("X-Frame-Options").ShouldBe("DENY");
    }

    [Fact]
    public async Task Request_Should_HaveATraceId_When_HostingDiagnosticsLoggingIsOff()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var client = factory.CreateClient();

        using var plain = await client.GetAsync("/api/v1/properties/amenities");
        using var traced = await client.SendAsync(HttpMethod.Get, "/api/v1/properties/amenities", null,
            ("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-00"));

        plain.TraceIdOfResponse().ShouldMatch("^[0-9a-f]{32}$");
        traced.TraceIdOfResponse().ShouldBe(traceId);
    }
}
