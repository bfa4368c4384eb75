using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Auth;

/// <summary>POST /api/v1/auth/refresh: rotation, the replay leeway (default 10 s), replay detection, family revocation.</summary>
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
    public async Task PostRefresh_Should_Return401AndRevokeTheFamily_When_ASpentTokenIsReplayedAfterTheLeeway()
    {
        var (_, old) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();
        using var first = await client.PostAsJsonAsync(Path, new { refreshToken = old.RefreshToken });
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var fresh = (await first.Content.ReadFromJsonAsync<TokenPair>())!;
        await SpentLongAgoAsync(old.RefreshToken);

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
        await SpentLongAgoAsync(session1.RefreshToken);
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
    public async Task PostRefresh_Should_AnswerTheSameSuccessorToEveryone_When_OneTokenIsRefreshedTwentyTimesInParallel()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();
        using var start = new SemaphoreSlim(0);

        // Twenty requests in flight, released together.
        var pending = Enumerable.Range(0, 20).Select(async _ =>
        {
            await start.WaitAsync();
            return await client.PostAsJsonAsync(Path, new { refreshToken = tokens.RefreshToken });
        }).ToList();
        start.Release(20);
        var responses = await Task.WhenAll(pending);
        try
        {
            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            statuses.ShouldAllBe(s => s == 200, string.Join(",", statuses));
            var pairs = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<TokenPair>()));
            var successors = pairs.Select(p => p!.RefreshToken).Distinct().ToList();
            successors.ShouldHaveSingleItem();
            successors[0].ShouldNotBe(tokens.RefreshToken);

            // The session lives on: every access token works, and the successor refreshes once more.
            using var authed = factory.CreateClient(pairs[^1]!.AccessToken);
            using var me = await authed.GetAsync("/api/v1/users/me");
            await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
            using var next = await client.PostAsJsonAsync(Path, new { refreshToken = successors[0] });
            await next.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task PostRefresh_Should_AnswerTheSameSuccessor_When_TheJustRotatedTokenIsReplayedWithinTheLeeway()
    {
        var (_, old) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient();
        using var first = await client.PostAsJsonAsync(Path, new { refreshToken = old.RefreshToken });
        var fresh = (await first.Content.ReadFromJsonAsync<TokenPair>())!;

        using var replay = await client.PostAsJsonAsync(Path, new { refreshToken = old.RefreshToken });

        await replay.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await replay.Content.ReadFromJsonAsync<TokenPair>())!.RefreshToken.ShouldBe(fresh.RefreshToken);
        using var next = await client.PostAsJsonAsync(Path, new { refreshToken = fresh.RefreshToken });
        await next.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>Moves the token's rotation 11 s into the past: the default 10 s leeway is over without waiting for it.</summary>
    private async Task SpentLongAgoAsync(string refreshToken)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE refresh_tokens SET spent_at = spent_at - interval '11 seconds' WHERE token_hash = @hash AND spent_at IS NOT NULL", connection);
        command.Parameters.AddWithValue("hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken))));
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
