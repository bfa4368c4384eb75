using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Auth;

/// <summary>POST /api/v1/auth/refresh: rotation, replay detection, family revocation.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class RefreshTokenTests(ApiFactory factory)
{
    private const string Path = "/api/v1/auth/refresh";

    [Fact]
    public async Task PostRefresh_Should_ReturnANewWorkingPair_When_TokenIsFresh()
    {
        var (_, old) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { refreshToken = old.RefreshToken });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var fresh = (await response.Content.ReadFromJsonAsync<TokenPair>())!;
        fresh.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        fresh.RefreshToken.ShouldNotBe(old.RefreshToken);
        fresh.AccessToken.ShouldNotBe(old.AccessToken);
        fresh.ExpiresIn.ShouldBe(900);
        fresh.TokenType.ShouldBe("Bearer");
        using var authed = factory.CreateClient(fresh.AccessToken);
        using var me = await authed.GetAsync("/api/v1/users/me");
        await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostRefresh_Should_Return401AndRevokeTheFamily_When_ASpentTokenIsReplayed()
    {
        var (_, old) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();
        using var first = await client.PostAsJsonAsync(Path, new { refreshToken = old.RefreshToken });
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var fresh = (await first.Content.ReadFromJsonAsync<TokenPair>())!;

        using var replay = await client.PostAsJsonAsync(Path, new { refreshToken = old.RefreshToken });
        using var afterReplay = await client.PostAsJsonAsync(Path, new { refreshToken = fresh.RefreshToken });

        await replay.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidRefreshToken");
        await afterReplay.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidRefreshToken");
    }

    [Fact]
    public async Task PostRefresh_Should_LeaveOtherSessionsAlone_When_OneFamilyIsRevoked()
    {
        var (user, session1) = await factory.RegisterAndLoginAsync();
        var session2 = await factory.LoginAsync(user);
        using var client = factory.CreateClient();
        using var rotate = await client.PostAsJsonAsync(Path, new { refreshToken = session1.RefreshToken });
        await rotate.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var replay = await client.PostAsJsonAsync(Path, new { refreshToken = session1.RefreshToken });
        await replay.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var other = await client.PostAsJsonAsync(Path, new { refreshToken = session2.RefreshToken });

        await other.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task PostRefresh_Should_Return401_When_TokenIsUnknown(string token)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { refreshToken = token });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidRefreshToken");
    }

    [Fact]
    public async Task PostRefresh_Should_Return400NamingRefreshToken_When_ItIsMissing()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { });

        await response.ShouldBeValidationProblemAsync("refreshToken");
    }

    [Fact]
    public async Task PostRefresh_Should_Return400_When_TokenIsAbsurdlyLong()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Path, new { refreshToken = new string('a', 5000) });

        await response.ShouldBeValidationProblemAsync("refreshToken");
    }

    [Fact]
    public async Task PostRefresh_Should_LetAtMostOneWin_When_OneTokenIsRefreshedTwiceInParallel()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();

        var responses = await Task.WhenAll(
            client.PostAsJsonAsync(Path, new { refreshToken = tokens.RefreshToken }),
            client.PostAsJsonAsync(Path, new { refreshToken = tokens.RefreshToken }));
        try
        {
            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            statuses.ShouldAllBe(s => s == 200 || s == 401, string.Join(",", statuses));
            statuses.Count(s => s == 200).ShouldBeLessThanOrEqualTo(1, string.Join(",", statuses));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
