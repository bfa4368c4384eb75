using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.RateLimiting;

/// <summary>
/// Per-address limits. Each test spends a different policy's budget (registration, auth), and nothing else
/// uses this factory, so the counts are exact within the one-minute window.
/// </summary>
[Collection(RateLimitedTestGroup.Name)]
public sealed class RateLimitTests(RateLimitedApiFactory factory)
{
    [Fact]
    public async Task PostUsers_Should_Return429WithRetryAfter_When_RegistrationsExceedTheLimit()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        try
        {
            for (var i = 0; i <= RateLimitedApiFactory.RegistrationsPerMinute; i++)
            {
                var response = await client.PostAsJsonAsync("/api/v1/users", new
                {
                    email = $"burst-{Guid.NewGuid():N}@example.com", password = "Correct-Horse-42", firstName = "Burst", lastName = $"No{i}",
                });
                statuses.Add(response.StatusCode);
                if (i < RateLimitedApiFactory.RegistrationsPerMinute)
                {
                    await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
                    response.Dispose();
                }
                else
                {
                    limited = response;
                }
            }

            limited.ShouldNotBeNull();
            await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
            int.Parse(limited.RetryAfter(), CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        }
        finally
        {
            limited?.Dispose();
        }
    }

    [Fact]
    public async Task PostLogin_Should_Return429WithRetryAfter_When_AuthCallsExceedTheLimit()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < RateLimitedApiFactory.AuthPerMinute; i++)
        {
            using var ok = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiFactory.AdminEmail, password = ApiFactory.AdminPassword });
            await ok.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiFactory.AdminEmail, password = ApiFactory.AdminPassword });
        using var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "anything" });

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
        int.Parse(limited.RetryAfter(), CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        await refresh.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
    }
}
