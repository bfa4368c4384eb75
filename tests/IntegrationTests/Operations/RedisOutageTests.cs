using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Operations;

/// <summary>Its own app and Redis, so stopping Redis disturbs no other test; production Redis timeouts (250 ms).</summary>
public sealed class RedisOutageApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Redis:ConnectTimeoutMs"] = "250";
        settings["Redis:SyncTimeoutMs"] = "250";
        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisOutageTestGroup : ICollectionFixture<RedisOutageApiFactory>
{
    public const string Name = "redis-outage";
}

[Collection(RedisOutageTestGroup.Name)]
public sealed class RedisOutageTests(RedisOutageApiFactory factory)
{
    [Fact]
    public async Task Api_Should_KeepServingAndReportRedisDegraded_When_RedisIsDown()
    {
        using var client = factory.CreateClient();
        (await RedisStatusAsync(client)).ShouldBe("Healthy");

        factory.Redis.Stop();
        try
        {
            var (user, tokens) = await factory.RegisterAndLoginAsync();
            using var authed = factory.CreateClient(tokens.AccessToken);
            using (var me = await authed.GetAsync("/api/v1/users/me"))
            {
                await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
                (await me.Content.ReadFromJsonAsync<UserBody>())!.Id.ShouldBe(user.Id);
            }

            using (var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }))
            {
                await refresh.ShouldHaveStatusAsync(HttpStatusCode.OK);
            }

            using var ready = await client.GetAsync("/health/ready");
            await ready.ShouldHaveStatusAsync(HttpStatusCode.OK);
            using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
            var checks = body.RootElement.GetProperty("checks");
            checks.GetProperty("redis").GetProperty("status").GetString().ShouldBe("Degraded");
            checks.GetProperty("postgresql").GetProperty("status").GetString().ShouldBe("Healthy");
            body.RootElement.GetProperty("status").GetString().ShouldBe("Degraded");
        }
        finally
        {
            factory.Redis.Start();
        }

        // Recovers without a restart once Redis is back.
        var stopwatch = Stopwatch.StartNew();
        string status;
        do
        {
            status = await RedisStatusAsync(client);
            if (status == "Healthy")
            {
                break;
            }

            await Task.Delay(250);
        }
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(30));

        status.ShouldBe("Healthy", "redis did not come back within 30 s of restarting");
    }

    private static async Task<string> RedisStatusAsync(HttpClient client)
    {
        using var ready = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString()!;
    }
}
