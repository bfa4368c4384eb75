using System.Net;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Operations;

/// <summary>GET /swagger/v1/swagger.json describes the users and auth endpoints.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class OpenApiTests(ApiFactory factory)
{
    [Fact]
    public async Task GetSwaggerJson_Should_DescribeEveryUsersAndAuthPathAndBearerScheme_When_Requested()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/v1/swagger.json");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var expected = new Dictionary<string, string[]>
        {
            ["/api/v1/users"] = ["post", "get"],
            ["/api/v1/users/me"] = ["get", "patch"],
            ["/api/v1/users/{id}"] = ["get", "delete"],
            ["/api/v1/auth/login"] = ["post"],
            ["/api/v1/auth/refresh"] = ["post"],
            ["/api/v1/auth/logout"] = ["post"],
        };
        foreach (var (path, methods) in expected)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing from the OpenAPI document");
            foreach (var method in methods)
            {
                item.TryGetProperty(method, out _).ShouldBeTrue($"{method.ToUpperInvariant()} {path} is missing");
            }
        }

        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        var bearer = schemes.EnumerateObject().Select(p => p.Value)
            .Where(s => s.TryGetProperty("scheme", out var scheme) && string.Equals(scheme.GetString(), "bearer", StringComparison.OrdinalIgnoreCase))
            .ToList();
        bearer.ShouldNotBeEmpty("no HTTP bearer security scheme");
        bearer[0].GetProperty("type").GetString().ShouldBe("http");
    }

    [Fact]
    public async Task GetSwaggerJson_Should_MarkProtectedOperationsWithBearer_And_PublicOnesWithAnEmptyRequirement()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/v1/swagger.json");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        Schemes(paths.GetProperty("/api/v1/users/me").GetProperty("get")).ShouldBe(["bearer"]);
        Schemes(paths.GetProperty("/api/v1/users").GetProperty("get")).ShouldBe(["bearer"]);
        Schemes(paths.GetProperty("/api/v1/admin/jobs").GetProperty("get")).ShouldBe(["adminBearer"]);
        // {} is "no token needed"; public reads also accept one.
        Schemes(paths.GetProperty("/api/v1/auth/login").GetProperty("post")).ShouldBe([""]);
        Schemes(paths.GetProperty("/api/v1/properties").GetProperty("get")).ShouldBe(["", "bearer"]);
        var register = paths.GetProperty("/api/v1/users").GetProperty("post");
        Schemes(register).ShouldBe([""]);
        register.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        register.GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
    }

    /// <summary>Each security requirement of an operation as its scheme names ("" for the empty, anonymous one).</summary>
    private static string[] Schemes(JsonElement operation) =>
        [.. operation.GetProperty("security").EnumerateArray().Select(r => string.Join('+', r.EnumerateObject().Select(p => p.Name)))];
}
