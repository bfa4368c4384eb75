using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Auth;

/// <summary>POST /api/v1/auth/logout.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class LogoutTests(ApiFactory factory)
{
    private const string Path = "/api/v1/auth/logout";

    [Fact]
    public async Task PostLogout_Should_Return204AndEndTheSession_When_CallerOwnsTheToken()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PostAsJsonAsync(Path, new { refreshToken = tokens.RefreshToken });

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var anonymous = factory.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidRefreshToken");
    }

    [Fact]
    public async Task PostLogout_Should_Return401_When_NoBearerTokenIsSent()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { refreshToken = tokens.RefreshToken });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.Required");
        using var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        await refresh.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostLogout_Should_Return204ButKeepTheOwnersSession_When_TokenBelongsToAnotherUser()
    {
        var (_, mallory) = await factory.RegisterAndLoginAsync();
        var (_, alice) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(mallory.AccessToken);

        using var response = await client.PostAsJsonAsync(Path, new { refreshToken = alice.RefreshToken });

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var anonymous = factory.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = alice.RefreshToken });
        await refresh.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostLogout_Should_Return400NamingRefreshToken_When_ItIsMissing()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PostAsJsonAsync(Path, new { });

        await response.ShouldBeValidationProblemAsync("refreshToken");
    }
}
