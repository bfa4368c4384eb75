using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.RateLimiting;

/// <summary>
/// Rate limits and the failed-login lockout hold for the deployment, not per node: two nodes, one Redis. Each test
/// uses its own user (writes are limited per user, failed logins per e-mail), so the tests do not share budgets.
/// </summary>
[Collection(SharedLimitsTestGroup.Name)]
public sealed class SharedLimitsTests(SharedLimitsNodes nodes)
{
    private const string LoginPath = "/api/v1/auth/login";
    private const string MePath = "/api/v1/users/me";

    [Fact]
    public async Task Writes_Should_Return429OnEitherNode_When_TheUsersLimitIsSpentAcrossBothNodes()
    {
        var (_, tokens) = await nodes.A.RegisterAndLoginAsync();
        using var a = nodes.A.CreateClient(tokens.AccessToken);
        using var b = nodes.B.CreateClient(tokens.AccessToken);

        for (var i = 0; i < SharedLimitsNodes.WritesPerMinute; i++)
        {
            using var ok = await Rename(i % 2 == 0 ? a : b, i);
            await ok.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var limitedOnA = await Rename(a, 100);
        using var limitedOnB = await Rename(b, 101);

        await limitedOnA.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
        await limitedOnB.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
        int.Parse(limitedOnB.RetryAfter(), CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
    }

    [Fact]
    public async Task PostLogin_Should_LockTheAddressOnBothNodes_When_FailuresAreSpreadAcrossNodes()
    {
        var victim = await nodes.A.RegisterAsync();
        using var a = nodes.A.CreateClient();
        using var b = nodes.B.CreateClient();
        for (var i = 0; i < SharedLimitsNodes.MaxFailedLogins; i++)
        {
            using var failed = await (i % 2 == 0 ? a : b).PostAsJsonAsync(LoginPath, new { email = victim.Email, password = $"Wrong-Password-{i}" });
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        }

        using var lockedOnA = await a.PostAsJsonAsync(LoginPath, new { email = victim.Email, password = victim.Password });
        using var lockedOnB = await b.PostAsJsonAsync(LoginPath, new { email = victim.Email, password = victim.Password });

        await lockedOnA.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
        await lockedOnB.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
        int.Parse(lockedOnB.RetryAfter(), CultureInfo.InvariantCulture).ShouldBeInRange(14 * 60, 15 * 60);
        (await nodes.StoredFailedLoginsAsync(victim.Email)).ShouldBe(SharedLimitsNodes.MaxFailedLogins);
        (await nodes.StoredFailedLoginsTimeToLiveAsync(victim.Email)).ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task PostLogin_Should_AnswerExactlyTen401sAndTwenty429s_When_ThirtyWrongPasswordsArriveAtOnceOnTwoNodes()
    {
        var victim = await nodes.A.RegisterAsync();
        using var a = nodes.A.CreateClient();
        using var b = nodes.B.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? a : b).PostAsJsonAsync(LoginPath, new { email = victim.Email, password = $"Wrong-Password-{i}" });
            return response.StatusCode;
        }));

        answers.Count(s => s == HttpStatusCode.Unauthorized).ShouldBe(SharedLimitsNodes.MaxFailedLogins);
        answers.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(30 - SharedLimitsNodes.MaxFailedLogins);
        (await nodes.StoredFailedLoginsAsync(victim.Email)).ShouldBe(SharedLimitsNodes.MaxFailedLogins);
        using var rightPassword = await b.PostAsJsonAsync(LoginPath, new { email = victim.Email, password = victim.Password });
        await rightPassword.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
    }

    [Fact]
    public async Task PostLogin_Should_ForgetTheFailuresOnEveryNode_When_ThePasswordIsRight()
    {
        var user = await nodes.A.RegisterAsync();
        using var a = nodes.A.CreateClient();
        using var b = nodes.B.CreateClient();
        for (var i = 0; i < SharedLimitsNodes.MaxFailedLogins - 1; i++)
        {
            using var failed = await (i % 2 == 0 ? a : b).PostAsJsonAsync(LoginPath, new { email = user.Email, password = $"Wrong-Password-{i}" });
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        }

        (await nodes.StoredFailedLoginsAsync(user.Email)).ShouldBe(SharedLimitsNodes.MaxFailedLogins - 1);
        (await nodes.B.LoginAsync(user)).AccessToken.ShouldNotBeNullOrWhiteSpace();

        (await nodes.StoredFailedLoginsAsync(user.Email)).ShouldBeNull();
        for (var i = 0; i < SharedLimitsNodes.MaxFailedLogins - 1; i++)
        {
            using var failed = await (i % 2 == 0 ? b : a).PostAsJsonAsync(LoginPath, new { email = user.Email, password = $"Wrong-Again-{i}" });
            await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
        }
    }

    [Fact]
    public async Task Limits_Should_HoldPerNode_When_RedisIsDown_And_BeSharedAgain_When_ItIsBack()
    {
        var (user, tokens) = await nodes.A.RegisterAndLoginAsync();
        var victim = await nodes.A.RegisterAsync();
        using var a = nodes.A.CreateClient(tokens.AccessToken);
        using var b = nodes.B.CreateClient(tokens.AccessToken);

        nodes.A.Redis.Stop();
        try
        {
            // Each node counts on its own: the user gets the limit from each, then 429 from each.
            foreach (var node in new[] { a, b })
            {
                for (var i = 0; i < SharedLimitsNodes.WritesPerMinute; i++)
                {
                    using var ok = await Rename(node, i);
                    await ok.ShouldHaveStatusAsync(HttpStatusCode.OK);
                }

                using var limited = await Rename(node, 100);
                await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
            }

            // Logins still work, and failed logins are counted, per node.
            (await nodes.B.LoginAsync(user)).AccessToken.ShouldNotBeNullOrWhiteSpace();
            for (var i = 0; i < SharedLimitsNodes.MaxFailedLogins; i++)
            {
                using var failed = await a.PostAsJsonAsync(LoginPath, new { email = victim.Email, password = $"Wrong-Password-{i}" });
                await failed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.InvalidCredentials");
            }

            using var lockedOnA = await a.PostAsJsonAsync(LoginPath, new { email = victim.Email, password = victim.Password });
            await lockedOnA.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Auth.TooManyFailedLogins");
            (await nodes.B.LoginAsync(victim)).AccessToken.ShouldNotBeNullOrWhiteSpace();
        }
        finally
        {
            nodes.A.Redis.Start();
        }

        // Once both nodes reach Redis again, a fresh user's limit is shared again.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var (_, fresh) = await nodes.A.RegisterAndLoginAsync();
            using var freshOnA = nodes.A.CreateClient(fresh.AccessToken);
            using var freshOnB = nodes.B.CreateClient(fresh.AccessToken);
            for (var i = 0; i < SharedLimitsNodes.WritesPerMinute; i++)
            {
                using var ok = await Rename(freshOnA, i);
                await ok.ShouldHaveStatusAsync(HttpStatusCode.OK);
            }

            using var onB = await Rename(freshOnB, 100);
            if (onB.StatusCode == HttpStatusCode.TooManyRequests || DateTime.UtcNow > deadline)
            {
                await onB.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
                break;
            }

            await Task.Delay(250);
        }
    }

    private static Task<HttpResponseMessage> Rename(HttpClient client, int i) =>
        client.PatchAsJsonAsync(MePath, new { firstName = $"Renamed{i}" });
}
