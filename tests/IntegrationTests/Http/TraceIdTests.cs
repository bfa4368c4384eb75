using System.Diagnostics;
using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>The W3C trace id: in the traceresponse header, in problem bodies, and the caller's when it sends traceparent.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class TraceIdTests(ApiFactory factory)
{
    [Fact]
    public async Task Response_Should_CarryTheCallersTraceId_When_ItSendsTraceparent()
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var parentSpan = ActivitySpanId.CreateRandom().ToHexString();
        using var client = factory.CreateClient();

        using var ok = await client.SendAsync(HttpMethod.Get, "/api/v1/properties/amenities", null, ("traceparent", $"00-{traceId}-{parentSpan}-01"));
        using var problem = await client.SendAsync(HttpMethod.Get, $"/api/v1/properties/{Guid.NewGuid()}", null, ("traceparent", $"00-{traceId}-{parentSpan}-01"));

        ok.TraceIdOfResponse().ShouldBe(traceId);
        ok.Header("traceresponse")!.Split('-')[2].ShouldNotBe(parentSpan, "the server's own span id");
        problem.TraceIdOfResponse().ShouldBe(traceId);
        (await problem.ShouldBeProblemAsync(HttpStatusCode.NotFound)).TraceId.ShouldBe(traceId);
    }

    [Fact]
    public async Task ProblemBody_Should_CarryTheTraceIdOfTheHeader_When_NoTraceparentIsSent()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v1/properties/{Guid.NewGuid()}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.TraceId.ShouldBe(response.TraceIdOfResponse());
        problem.TraceId!.ShouldMatch("^[0-9a-f]{32}$");
    }
}
