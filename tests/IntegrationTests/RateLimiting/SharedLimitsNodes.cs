using System.Globalization;
using System.Security.Cryptography;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Infrastructure.Authentication;
using AirbnbClone.Infrastructure.Redis;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace AirbnbClone.IntegrationTests.RateLimiting;

/// <summary>
/// Two API nodes sharing one database and one Redis (their own, so a test may stop it), with a low per-user write
/// limit, one JWT key for both (a token from A is valid on B, as in a real deployment), the default failed-login
/// lockout (10 per 15 minutes) and a 1 s Redis circuit breaker so the outage test recovers quickly.
/// </summary>
public sealed class SharedLimitsNodes() : TwoNodes(new Dictionary<string, string?>
{
    ["Jwt:SigningKey"] = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 48),
    ["RateLimiting:WritesPerMinute"] = WritesPerMinute.ToString(CultureInfo.InvariantCulture),
    ["Redis:RetryAfterFailureSeconds"] = "1",
})
{
    public const int WritesPerMinute = 4;
    public const int MaxFailedLogins = 10;

    /// <summary>The failed-login count Redis holds for <paramref name="email"/> (null: no window open).</summary>
    public async Task<long?> StoredFailedLoginsAsync(string email)
    {
        var redis = A.Services.GetRequiredService<RedisConnection>();
        var value = await (await redis.GetAsync()).GetDatabase()
            .StringGetAsync(redis.InstanceName + LoginThrottle.Key(Email.Create(email).Value));
        return value.IsNull ? null : (long)value;
    }

    /// <summary>The time-to-live of <paramref name="email"/>'s failed-login count in Redis.</summary>
    public async Task<TimeSpan?> StoredFailedLoginsTimeToLiveAsync(string email)
    {
        var redis = A.Services.GetRequiredService<RedisConnection>();
        return await (await redis.GetAsync()).GetDatabase()
            .KeyTimeToLiveAsync(new RedisKey(redis.InstanceName + LoginThrottle.Key(Email.Create(email).Value)));
    }
}

[CollectionDefinition(Name)]
public sealed class SharedLimitsTestGroup : ICollectionFixture<SharedLimitsNodes>
{
    public const string Name = "shared-limits";
}
