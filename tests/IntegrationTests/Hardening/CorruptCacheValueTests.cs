using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace AirbnbClone.IntegrationTests.Hardening;

/// <summary>
/// Issue 10, defect 4: a corrupted value in Redis (here the failed-login counter) made login answer 400
/// <c>Request.MalformedJson</c>, because every JsonException was taken for a client error. A bad value in our own store
/// is never the client's fault: the login answers as if the counter were unavailable.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class CorruptCacheValueTests(ApiFactory factory)
{
    [Fact]
    public async Task Login_Should_AnswerAsUsual_When_TheFailedLoginCounterInRedisIsCorrupt()
    {
        var user = await factory.RegisterAsync();
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(factory.Redis.ConnectionString))
        {
            await redis.GetDatabase().StringSetAsync($"airbnbclone-it:login-failures:{user.Email}", "{not a number or json", TimeSpan.FromMinutes(5));
        }

        using var client = factory.CreateClient();
        using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "Wrong-password-123" });
        using var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });

        await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await right.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}
