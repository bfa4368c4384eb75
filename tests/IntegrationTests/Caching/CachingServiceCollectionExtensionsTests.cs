using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Infrastructure.Caching;
using AirbnbClone.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AirbnbClone.IntegrationTests.Caching;

public sealed class CachingServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AddCaching_Should_CacheInProcessOnly_When_NoRedisConnectionString(string? connectionString)
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = connectionString });

        provider.GetRequiredService<IDistributedCache>().ShouldBeOfType<MemoryDistributedCache>();
        provider.GetService<RedisConnection>().ShouldBeNull();
        provider.GetRequiredService<ICacheService>().ShouldNotBeNull();
    }

    [Fact]
    public void AddCaching_Should_UseMicrosoftsRedisCacheOnTheSharedConnection_When_RedisConnectionStringSet()
    {
        // Nothing listens on port 1: resolving must not connect (lazy), so this stays instant.
        using var provider = BuildProvider(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1",
            ["Redis:InstanceName"] = "custom:",
            ["Redis:RetryAfterFailureSeconds"] = "7",
        });

        provider.GetRequiredService<IDistributedCache>().ShouldBeAssignableTo<RedisCache>();
        provider.GetRequiredService<ICacheService>().ShouldNotBeNull();
        var redis = provider.GetRequiredService<RedisConnection>();
        redis.InstanceName.ShouldBe("custom:");
        var cacheOptions = provider.GetRequiredService<IOptions<RedisCacheOptions>>().Value;
        cacheOptions.InstanceName.ShouldBe("custom:");
        cacheOptions.ConnectionMultiplexerFactory.ShouldNotBeNull();
        var options = provider.GetRequiredService<IOptions<RedisOptions>>().Value;
        options.RetryAfterFailureSeconds.ShouldBe(7);
        options.ConnectTimeoutMs.ShouldBe(250);
        options.SyncTimeoutMs.ShouldBe(250);
    }

    [Fact]
    public void Options_Should_HaveDocumentedDefaults()
    {
        var redis = new RedisOptions();
        redis.InstanceName.ShouldBe("airbnbclone:");
        redis.ConnectTimeoutMs.ShouldBe(250);
        redis.SyncTimeoutMs.ShouldBe(250);
        redis.RetryAfterFailureSeconds.ShouldBe(5);
        redis.IsValid().ShouldBeTrue();

        var cache = new CacheOptions();
        cache.MemoryEntryLimit.ShouldBe(50_000);
        cache.FailSafeMaxSeconds.ShouldBe(300);
        cache.ReinvalidateAfterMs.ShouldBe(1_000);
        cache.IsValid().ShouldBeTrue();
    }

    [Theory]
    [InlineData("Redis:SyncTimeoutMs", "0")]
    [InlineData("Redis:ConnectTimeoutMs", "-1")]
    [InlineData("Redis:RetryAfterFailureSeconds", "-1")]
    [InlineData("Cache:MemoryEntryLimit", "10")]
    [InlineData("Cache:FailSafeMaxSeconds", "-5")]
    [InlineData("Cache:ReinvalidateAfterMs", "600000")]
    public void AddCaching_Should_RefuseOutOfRangeSettings(string key, string value)
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { [key] = value });

        Should.Throw<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<RedisOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<CacheOptions>>().Value;
        });
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddCaching(configuration).BuildServiceProvider();
    }
}
