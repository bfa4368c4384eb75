using System.Net;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Operations;

/// <summary>
/// The parts of the served document that generated clients depend on and the linters cannot know: typed camelCase
/// query parameters, nullable fields where the server sends null, the problem shape, operationIds.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class OpenApiContractShapeTests(ApiFactory factory)
{
    [Fact]
    public async Task Search_Should_DocumentCamelCaseTypedQueryParameters_When_Served()
    {
        using var document = await DocumentAsync();

        var parameters = document.RootElement.GetProperty("paths").GetProperty("/api/v1/properties").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));

        parameters.Keys.ShouldAllBe(name => char.IsLower(name[0]));
        parameters["guests"].GetProperty("type").GetString().ShouldBe("integer");
        parameters["guests"].GetProperty("maximum").GetInt32().ShouldBe(50);
        parameters["instantBook"].GetProperty("type").GetString().ShouldBe("boolean");
        parameters["checkIn"].GetProperty("format").GetString().ShouldBe("date");
        parameters["minPrice"].GetProperty("type").GetString().ShouldBe("number");
        parameters["sort"].GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["rating", "price", "-price", "newest"]);
        parameters["limit"].GetProperty("maximum").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task Booking_Should_DocumentRefundAsNullable_And_EveryFieldItAlwaysSendsAsRequired()
    {
        using var document = await DocumentAsync();

        var booking = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("BookingResponse");
        var refund = booking.GetProperty("properties").GetProperty("refund").GetProperty("oneOf");
        refund.EnumerateArray().Select(s => s.TryGetProperty("type", out var t) ? t.GetString() : s.GetProperty("$ref").GetString())
            .ShouldBe(["#/components/schemas/RefundResponse", "null"]);
        booking.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldContain("refund");
        booking.GetProperty("properties").GetProperty("status").GetProperty("enum").GetArrayLength().ShouldBe(6);
    }

    [Fact]
    public async Task Problem_Should_RequireCodeAndTraceId_And_EveryOperationShould_DocumentServerFaultsWithAnOperationId()
    {
        using var document = await DocumentAsync();

        var problem = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["code", "status", "title", "traceId"]);
        problem.GetProperty("properties").GetProperty("errors").GetProperty("maxProperties").GetInt32().ShouldBe(100);
        var operationIds = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operationIds.Add(operation.Value.GetProperty("operationId").GetString()!);
                var responses = operation.Value.GetProperty("responses");
                responses.TryGetProperty("500", out _).ShouldBeTrue($"{operation.Name} {path.Name} lacks 500");
                responses.GetProperty("503").GetProperty("content").TryGetProperty("application/problem+json", out _)
                    .ShouldBeTrue($"{operation.Name} {path.Name} lacks a problem 503");
            }
        }

        operationIds.Count.ShouldBeGreaterThan(25);
        operationIds.ShouldBeUnique();
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
