using System.Net;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>The OpenAPI document describes every listing endpoint, its problem statuses and examples.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class PropertiesOpenApiTests(ApiFactory factory)
{
    [Fact]
    public async Task SwaggerJson_Should_DescribeEveryPropertiesEndpointWithSummaryAndProblems_When_Requested()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/v1/swagger.json");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var expected = new Dictionary<string, (string Method, string[] Problems)[]>
        {
            ["/api/v1/properties"] = [("get", ["400"]), ("post", ["400", "401", "403"])],
            ["/api/v1/properties/amenities"] = [("get", [])],
            ["/api/v1/properties/{id}"] = [("get", ["404"]), ("put", ["400", "401", "403", "404"]), ("patch", ["400", "403", "404", "409"]), ("delete", ["401", "403", "404", "409"])],
            ["/api/v1/properties/{id}/availability"] = [("get", ["400", "404"])],
            ["/api/v1/properties/{id}/blocks"] = [("post", ["400", "401", "403", "404", "409"])],
            ["/api/v1/properties/{id}/blocks/{blockId}"] = [("delete", ["401", "403", "404"])],
        };
        foreach (var (path, operations) in expected)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing");
            foreach (var (method, problems) in operations)
            {
                item.TryGetProperty(method, out var operation).ShouldBeTrue($"{method} {path} is missing");
                operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
                foreach (var status in problems)
                {
                    operation.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue($"{method} {path} does not declare {status}");
                }
            }
        }

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var body = schemas.GetProperty("PropertyBody");
        body.GetProperty("examples")[0].GetProperty("title").GetString().ShouldBe("Sunny loft by the river");
        var read = schemas.GetProperty("PropertyResponse");
        read.GetProperty("examples")[0].GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Ada");
    }
}
