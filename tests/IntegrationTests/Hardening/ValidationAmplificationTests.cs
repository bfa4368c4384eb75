using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Hardening;

/// <summary>
/// Issue 10, defect 3 (response amplification): a body of thousands of unknown amenities answered with one message
/// per entry, a 400 many times larger than the request. A validation problem lists at most 100 fields, 3 messages each,
/// and says how many more it left out.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ValidationAmplificationTests(ApiFactory factory)
{
    [Fact]
    public async Task Create_Should_ListAtMostAHundredFieldsAndCountTheRest_When_ThousandsOfEntriesAreInvalid()
    {
        var (_, host) = await factory.HostAsync();
        var body = Body();
        body["amenities"] = new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode)JsonValue.Create($"no-such-amenity-{i}")).ToArray());
        var requestBytes = JsonSerializer.SerializeToUtf8Bytes(body).Length;

        using var response = await host.PostAsJsonAsync(Api, body);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("Validation.Failed");
        problem.RootElement.GetProperty("errors").EnumerateObject().Count().ShouldBe(100);
        problem.RootElement.GetProperty("errorsTruncated").GetInt32().ShouldBe(4900);
        var responseBytes = System.Text.Encoding.UTF8.GetByteCount(text);
        responseBytes.ShouldBeLessThan(requestBytes, $"a {requestBytes}-byte request answered with {responseBytes} bytes");
    }

    [Fact]
    public async Task Search_Should_CutAMessageThatQuotesTheInput_When_AnUnknownAmenityIsHuge()
    {
        using var client = factory.CreateClient();
        var huge = string.Join(',', Enumerable.Range(0, 5).Select(i => new string((char)('a' + i), 900)));

        using var response = await client.GetAsync($"{Api}?amenities={huge}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty("amenities")[0].GetString()!;
        message.ShouldStartWith("Unknown amenity: aaaa");
        message.Length.ShouldBe(1000);
        message.ShouldEndWith("…");
    }
}
