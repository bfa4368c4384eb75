using AirbnbClone.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Distributed;
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
    public void AddRedisOrMemoryCache_Should_RegisterMemoryCache_When_NoRedisConnectionString(string? connectionString)
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = connectionString });

        provider.GetRequiredService<IDistributedCache>().ShouldBeOfType<MemoryDistributedCache>();
        provider.GetService<RedisDistributedCache>().ShouldBeNull();
    }

    [Fact]
    public void AddRedisOrMemoryCache_Should_RegisterRedisCache_When_RedisConnectionStringSet()
    {
        // Nothing listens on port 1: resolving must not connect (lazy), so this stays instant.
        using var provider = BuildProvider(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = "127.0.0.1:1",
            ["Redis:InstanceName"] = "custom:",
            ["Redis:RetryAfterFailureSeconds"] = "7",
        });

        var cache = provider.GetRequiredService<IDistributedCache>();

        cache.ShouldBeOfType<RedisDistributedCache>();
        cache.ShouldBeSameAs(provider.GetRequiredService<RedisDistributedCache>());
        provider.GetRequiredService<IDistributedCache>().ShouldBeSameAs(cache);
        var options = provider.GetRequiredService<IOptions<RedisCacheOptions>>().Value;
        options.InstanceName.ShouldBe("custom:");
        options.RetryAfterFailureSeconds.ShouldBe(7);
        options.ConnectTimeoutMs.ShouldBe(250);
        options.SyncTimeoutMs.ShouldBe(250);
    }

    [Fact]
    public void AddRedisOrMemoryCache_Should_ReplaceEarlierMemoryCache_When_RedisConfigured()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDistributedMemoryCache();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "127.0.0.1:1" })
            .Build();

        services.AddRedisOrMemoryCache(configuration);
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IDistributedCache>().ShouldHaveSingleItem().ShouldBeOfType<RedisDistributedCache>();
    }

    [Fact]
    public void RedisCacheOptions_Should_HaveDocumentedDefaults()
    {
        var options = new RedisCacheOptions();

        options.InstanceName.ShouldBe("airbnbclone:");
        options.ConnectTimeoutMs.ShouldBe(250);
        options.SyncTimeoutMs.ShouldBe(250);
        options.RetryAfterFailureSeconds.ShouldBe(5);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddRedisOrMemoryCache(configuration).BuildServiceProvider();
    }
}
