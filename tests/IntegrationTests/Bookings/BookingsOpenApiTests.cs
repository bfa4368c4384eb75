using System.Net;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>The OpenAPI document describes every booking endpoint, its problem statuses and examples.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class BookingsOpenApiTests(ApiFactory factory)
{
    [Fact]
    public async Task SwaggerJson_Should_DescribeEveryBookingsEndpointWithSummaryAndProblems_When_Requested()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var expected = new Dictionary<string, (string Method, string[] Problems)[]>
        {
            ["/api/v1/bookings/quote"] = [("get", ["400", "401", "404", "409"])],
            ["/api/v1/bookings"] = [("get", ["400", "401"]), ("post", ["400", "401", "404", "409"])],
            ["/api/v1/bookings/{id}"] = [("get", ["401", "404"]), ("patch", ["400", "401", "403", "404", "409"])],
            ["/api/v1/bookings/{id}/confirm"] = [("post", ["401", "403", "404", "409"])],
            ["/api/v1/bookings/{id}/decline"] = [("post", ["401", "403", "404", "409"])],
            ["/api/v1/bookings/{id}/cancel"] = [("post", ["401", "404", "409"])],
        };
        foreach (var (path, operations) in expected)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing");
            foreach (var (method, problems) in operations)
            {
                item.TryGetProperty(method, out var operation).ShouldBeTrue($"{method} {path} is missing");
                operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
                operation.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
                foreach (var status in problems)
                {
                    operation.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue($"{method} {path} does not declare {status}");
                }
            }
        }

        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var body = schemas.GetProperty("BookingBody");
        body.GetProperty("examples")[0].GetProperty("checkIn").GetString().ShouldBe("2026-12-24");
        body.GetProperty("examples")[0].TryGetProperty("price", out _).ShouldBeFalse("the client never sends a price");
        var read = schemas.GetProperty("BookingResponse");
        read.GetProperty("examples")[0].GetProperty("price").GetProperty("total").GetDecimal().ShouldBe(438.90m);
    }
}
