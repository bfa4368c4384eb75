using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>RateLimit / RateLimit-Policy headers (IETF draft) on limited answers, and 429 with Retry-After on reads.</summary>
[Collection(LowReadLimitTestGroup.Name)]
public sealed partial class RateLimitHeaderTests(LowReadLimitApiFactory factory)
{
    [Fact]
    public async Task Reads_Should_CountDownInRateLimitHeadersAndEndIn429WithRetryAfter()
    {
        // Reads are counted per user: a fresh account has the whole quota.
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        var remaining = new List<int>();

        for (var i = 0; i < LowReadLimitApiFactory.ReadsPerMinute; i++)
        {
            using var ok = await client.GetAsync("/api/v1/users/me");
            await ok.ShouldHaveStatusAsync(HttpStatusCode.OK);
            ok.Header("RateLimit-Policy").ShouldBe($"\"reads\";q={LowReadLimitApiFactory.ReadsPerMinute};w=60");
            var (left, reset) = Parse(ok.Header("RateLimit"));
            reset.ShouldBeInRange(1, 60);
            remaining.Add(left);
        }

        using var limited = await client.GetAsync("/api/v1/users/me");

        remaining.ShouldBe(Enumerable.Range(0, LowReadLimitApiFactory.ReadsPerMinute).Select(i => LowReadLimitApiFactory.ReadsPerMinute - 1 - i));
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "RateLimit.Exceeded");
        int.Parse(limited.RetryAfter(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        Parse(limited.Header("RateLimit")).Remaining.ShouldBe(0);
    }

    [Fact]
    public async Task Writes_Should_CarryTheWritesPolicyHeaders()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.PatchAsJsonAsync("/api/v1/users/me", new { firstName = "Counted" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Header("RateLimit-Policy").ShouldBe("\"writes\";q=100000;w=60", user.Email);
        Parse(response.Header("RateLimit")).Remaining.ShouldBe(99999);
    }

    private static (int Remaining, int Reset) Parse(string? header)
    {
        header.ShouldNotBeNull("RateLimit header");
        var match = RateLimitPattern().Match(header);
        match.Success.ShouldBeTrue(header);
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^\"[a-z]+\";r=(\\d+);t=(\\d+)$")]
    private static partial Regex RateLimitPattern();
}
