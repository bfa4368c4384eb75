using System.Net;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Users;

/// <summary>GET /api/v1/users/{id}: public profile for others, e-mail for self and admins.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class GetUserByIdTests(ApiFactory factory)
{
    [Fact]
    public async Task GetUserById_Should_HideEmailAndPhone_When_CallerIsAnotherUser()
    {
        var target = await factory.RegisterAsync(role: "host", phoneNumber: "+49 30 1234567");
        var (_, viewer) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(viewer.AccessToken);

        using var response = await client.GetAsync($"/api/v1/users/{target.Id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(text);
        var user = body.RootElement;
        user.GetProperty("id").GetGuid().ShouldBe(target.Id);
        user.GetProperty("firstName").GetString().ShouldBe("Test");
        user.GetProperty("lastName").GetString().ShouldBe("User");
        user.GetProperty("role").GetString().ShouldBe("host");
        user.TryGetProperty("createdAt", out _).ShouldBeTrue();
        user.TryGetProperty("email", out var email).ShouldBeFalse($"email leaked: {email}");
        if (user.TryGetProperty("phoneNumber", out var phone))
        {
            phone.ValueKind.ShouldBe(JsonValueKind.Null);
        }

        text.ShouldNotContain(target.Email);
        text.ShouldNotContain("1234567");
    }

    [Fact]
    public async Task GetUserById_Should_ShowEmailAndPhone_When_CallerIsTheUser()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync(phoneNumber: "+49 30 7654321");
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.GetAsync($"/api/v1/users/{user.Id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("email").GetString().ShouldBe(user.Email);
        body.RootElement.GetProperty("phoneNumber").GetString().ShouldBe("+49 30 7654321");
    }

    [Fact]
    public async Task GetUserById_Should_ShowEmailAndPhone_When_CallerIsAdmin()
    {
        var target = await factory.RegisterAsync(phoneNumber: "+49 30 1111111");
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var client = factory.CreateClient(admin.AccessToken);

        using var response = await client.GetAsync($"/api/v1/users/{target.Id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("email").GetString().ShouldBe(target.Email);
        body.RootElement.GetProperty("phoneNumber").GetString().ShouldBe("+49 30 1111111");
    }

    [Fact]
    public async Task GetUserById_Should_Return404_When_IdIsUnknown()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.GetAsync($"/api/v1/users/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "User.NotFound");
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("123")]
    public async Task GetUserById_Should_Return404_When_IdIsNotAGuid(string id)
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.GetAsync($"/api/v1/users/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetUserById_Should_Return401_When_NoTokenIsSent()
    {
        var target = await factory.RegisterAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/v1/users/{target.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.Required");
    }
}
