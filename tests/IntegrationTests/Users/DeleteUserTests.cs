using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using AirbnbClone.IntegrationTests.Properties;

namespace AirbnbClone.IntegrationTests.Users;

/// <summary>DELETE /api/v1/users/{id}: yourself, or anyone as admin.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class DeleteUserTests(ApiFactory factory)
{
    [Fact]
    public async Task DeleteUser_Should_Return204AndEndTheAccount_When_UserDeletesThemself()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.DeleteAsync($"/api/v1/users/{user.Id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var anonymous = factory.CreateClient();
        using (var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password }))
        {
            await login.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        }

        using (var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }))
        {
            await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidRefreshToken");
        }

        var (_, viewer) = await factory.RegisterAndLoginAsync();
        using var other = factory.CreateClient(viewer.AccessToken);
        using (var profile = await other.GetAsync($"/api/v1/users/{user.Id}"))
        {
            await profile.ShouldBeProblemAsync(HttpStatusCode.NotFound, "User.NotFound");
        }

        using var again = await anonymous.PostAsJsonAsync("/api/v1/users", new
        {
            email = user.Email, password = "Second-Life-Pass-1", firstName = "Back", lastName = "Again",
        });
        await again.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await again.Content.ReadFromJsonAsync<UserBody>())!.Id.ShouldNotBe(user.Id);
        await factory.LoginAsync(user.Email, "Second-Life-Pass-1");
    }

    [Fact]
    public async Task DeleteUser_Should_Return404_When_AccountIsDeletedTwice()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        using var first = await client.DeleteAsync($"/api/v1/users/{user.Id}");
        await first.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var admin = await factory.AdminAsync();

        using var second = await admin.DeleteAsync($"/api/v1/users/{user.Id}");

        await second.ShouldBeProblemAsync(HttpStatusCode.NotFound, "User.NotFound");
    }

    [Fact]
    public async Task DeleteUser_Should_EndTheAccountsAccessTokens_When_TheAccountIsDeleted()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        using var first = await client.DeleteAsync($"/api/v1/users/{user.Id}");
        await first.ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        using var again = await client.DeleteAsync($"/api/v1/users/{user.Id}");

        await again.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.SessionEnded");
    }

    [Fact]
    public async Task DeleteUser_Should_Return403AndKeepTheAccount_When_AGuestDeletesSomeoneElse()
    {
        var victim = await factory.RegisterAsync();
        var (_, attacker) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(attacker.AccessToken);

        using var response = await client.DeleteAsync($"/api/v1/users/{victim.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await factory.LoginAsync(victim);
    }

    [Fact]
    public async Task DeleteUser_Should_Return204_When_AdminDeletesAnotherUser()
    {
        var (target, targetTokens) = await factory.RegisterAndLoginAsync();
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var client = factory.CreateClient(admin.AccessToken);

        using var response = await client.DeleteAsync($"/api/v1/users/{target.Id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using (var profile = await client.GetAsync($"/api/v1/users/{target.Id}"))
        {
            await profile.ShouldBeProblemAsync(HttpStatusCode.NotFound, "User.NotFound");
        }

        using var anonymous = factory.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = targetTokens.RefreshToken });
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeleteUser_Should_Return404_When_AdminDeletesAnUnknownId()
    {
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var client = factory.CreateClient(admin.AccessToken);

        using var response = await client.DeleteAsync($"/api/v1/users/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "User.NotFound");
    }

    [Fact]
    public async Task DeleteUser_Should_Return401_When_NoTokenIsSent()
    {
        var target = await factory.RegisterAsync();
        using var client = factory.CreateClient();

        using var response = await client.DeleteAsync($"/api/v1/users/{target.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await factory.LoginAsync(target);
    }
}
