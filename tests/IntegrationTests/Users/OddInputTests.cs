using System.Net;
using System.Text;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Users;

/// <summary>"Never 500 for anything the client sent": odd bodies and values on the user and auth endpoints.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class OddInputTests(ApiFactory factory)
{
    public static TheoryData<string> OddBodies() => new()
    {
        "null",
        "[]",
        "\"a string\"",
        "123",
        "true",
        "{\"email\": null, \"password\": null, \"firstName\": null, \"lastName\": null}",
        "{\"email\": [\"a@b.co\"]}",
        "{\"email\": \"a@b.co\", \"email\": \"c@d.co\"}",
        new string('[', 5000) + new string(']', 5000),
        "{\"firstName\": \"\\ud800\"}",
    };

    [Theory]
    [MemberData(nameof(OddBodies))]
    public async Task PostUsers_Should_Return400Problem_When_BodyIsOdd(string body)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/users", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(OddBodies))]
    public async Task PostLogin_Should_Return400Problem_When_BodyIsOdd(string body)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/auth/login", content);

        var status = (int)response.StatusCode;
        status.ShouldBeInRange(400, 401, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.ShouldBe(HttpAssertions.ProblemJson);
    }

    [Fact]
    public async Task PostUsers_Should_Return400_When_BodyIsNotUtf8()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent([0x7B, 0x22, 0x65, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/v1/users", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostUsers_Should_Return400_When_PasswordIsLongerThan128()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(
            $$"""{"email": "long-{{Guid.NewGuid():N}}@example.com", "password": "{{new string('p', 10_000)}}", "firstName": "A", "lastName": "B"}""",
            Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync("/api/v1/users", content);

        await response.ShouldBeValidationProblemAsync("password");
    }

    [Fact]
    public async Task PostUsers_Should_Return400_When_EmailIsLongerThan254()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(
            $$"""{"email": "{{new string('e', 250)}}@example.com", "password": "Correct-Horse-42", "firstName": "A", "lastName": "B"}""",
            Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync("/api/v1/users", content);

        await response.ShouldBeValidationProblemAsync("email");
    }

    [Fact]
    public async Task PostUsers_Should_Return201_When_PasswordContainsANulCharacter()
    {
        using var client = factory.CreateClient();
        var email = $"nul-{Guid.NewGuid():N}@example.com";
        const string password = "Correct-Horse-42\u0000x";
        using var content = new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { email, password, firstName = "Null", lastName = "Byte" }),
            Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync("/api/v1/users", content);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await factory.LoginAsync(email, password);
    }

    [Theory]
    [InlineData("?limit=99999999999")]
    [InlineData("?limit=1.5")]
    [InlineData("?cursor=")]
    [InlineData("?cursor=%00")]
    [InlineData("?limit=2&limit=3")]
    public async Task GetUsers_Should_Not500_When_QueryIsOdd(string query)
    {
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var client = factory.CreateClient(admin.AccessToken);

        using var response = await client.GetAsync($"/api/v1/users{query}");

        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostLogin_Should_Not500_When_EmailContainsANulCharacter()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("{\"email\": \"a\\u0000b@example.com\", \"password\": \"Correct-Horse-42\"}", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/auth/login", content);

        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeleteUsers_Should_Return405Problem_When_NoIdIsGiven()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.DeleteAsync("/api/v1/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "Route.MethodNotAllowed");
    }

    [Theory]
    [InlineData("firstName")]
    [InlineData("lastName")]
    public async Task PostUsers_Should_Return400NamingTheField_When_ANameContainsANulCharacter(string field)
    {
        using var client = factory.CreateClient();
        var values = new Dictionary<string, string>
        {
            ["email"] = $"nul-{Guid.NewGuid():N}@example.com",
            ["password"] = "Correct-Horse-42",
            ["firstName"] = "Null",
            ["lastName"] = "Byte",
        };
        values[field] += "\u0000x";
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(values), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/users", content);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task PatchMe_Should_Return400_When_FirstNameContainsANulCharacter()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        using var content = new StringContent("{\"firstName\": \"Nul\\u0000Byte\"}", Encoding.UTF8, "application/json");

        using var response = await client.PatchAsync("/api/v1/users/me", content);

        await response.ShouldBeValidationProblemAsync("firstName");
    }
}
