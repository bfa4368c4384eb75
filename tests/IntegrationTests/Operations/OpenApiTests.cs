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
    public async Task GetSwaggerJson_Should_MarkProtectedOperationsWithBearer_When_TheyNeedAToken()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/v1/swagger.json");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.GetProperty("/api/v1/users/me").GetProperty("get").TryGetProperty("security", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/users").GetProperty("get").TryGetProperty("security", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/auth/login").GetProperty("post").TryGetProperty("security", out _).ShouldBeFalse();
        var register = paths.GetProperty("/api/v1/users").GetProperty("post");
        register.TryGetProperty("security", out _).ShouldBeFalse();
        register.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        register.GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
    }
}
