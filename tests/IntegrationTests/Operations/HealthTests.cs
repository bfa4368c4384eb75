using System.Net;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Operations;

[Collection(ApiTestGroup.Name)]
public sealed class HealthTests(ApiFactory factory)
{
    [Fact]
    public async Task GetHealthLive_Should_Return200_When_ProcessIsUp()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetHealthReady_Should_ReportPostgresqlAndRedisHealthy_When_BothAreUp()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        checks.GetProperty("postgresql").GetProperty("status").GetString().ShouldBe("Healthy");
        checks.GetProperty("redis").GetProperty("status").GetString().ShouldBe("Healthy");
        body.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
    }
}
