using System.Text.Json;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Infrastructure.Redis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>Registers Redis (when configured) and the two-level cache over it.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>The connection string name read from <c>ConnectionStrings</c>.</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// Binds "Redis" and "Cache". With <c>ConnectionStrings:Redis</c> set: one lazily opened <see cref="RedisConnection"/>,
    /// Microsoft's Redis <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> on it, and FusionCache
    /// with that as L2 and a Redis backplane. Without: the in-memory distributed cache and FusionCache as L1 only (one node).
    /// </summary>
    public static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName))
            .Validate(o => o.IsValid(), "Redis settings are out of range (see README, 'Configuration').")
            .ValidateOnStart();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.SectionName))
            .Validate(o => o.IsValid(), "Cache settings are out of range (see README, 'Configuration').")
            .ValidateOnStart();
        services.AddSingleton<ICacheService, FusionCacheService>();

        var cacheSettings = configuration.GetSection(CacheOptions.SectionName).Get<CacheOptions>() ?? new CacheOptions();
        var redisSettings = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        var fusion = services.AddFusionCache()
            .WithOptions(options => ConfigureFusion(options, redisSettings))
            .WithDefaultEntryOptions(entry => ConfigureFills(entry, cacheSettings, redisSettings))
            .WithMemoryCache(_ => new MemoryCache(new MemoryCacheOptions { SizeLimit = cacheSettings.MemoryEntryLimit }))
            .WithSerializer(new FusionCacheSystemTextJsonSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)))
            .WithRegisteredLogger();

        var connectionString = configuration.GetConnectionString(RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddDistributedMemoryCache();
            fusion.WithoutDistributedCache().WithoutBackplane();
            return services;
        }

        services.AddSingleton(provider => new RedisConnection(
            connectionString, provider.GetRequiredService<IOptions<RedisOptions>>(), provider.GetRequiredService<ILogger<RedisConnection>>()));
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((options, redis) =>
        {
            options.ConnectionMultiplexerFactory = redis.GetAsync;
            options.InstanceName = redis.InstanceName;
        });
        fusion
            .WithRegisteredDistributedCache(ignoreMemoryDistributedCache: false)
            .WithBackplane(provider => new RedisBackplane(
                new RedisBackplaneOptions { ConnectionMultiplexerFactory = provider.GetRequiredService<RedisConnection>().GetAsync },
                provider.GetService<ILogger<RedisBackplane>>()));
        return services;
    }

    private static void ConfigureFusion(FusionCacheOptions options, RedisOptions redis)
    {
        // Our own exceptions (a database error) reach the exception handler as they are.
        options.ReThrowOriginalExceptions = true;
        // A node caches nothing before it hears invalidations, so it never misses one it should have heard.
        options.WaitForInitialBackplaneSubscribe = true;
        // After a Redis failure, skip Redis for a while instead of adding a timeout to every request.
        options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(redis.RetryAfterFailureSeconds);
        options.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(redis.RetryAfterFailureSeconds);
        options.BackplaneChannelPrefix = redis.InstanceName + "backplane";
        options.TagsDefaultEntryOptions.Size = 1;
        options.TagsDefaultEntryOptions.DistributedCacheHardTimeout = TimeSpan.FromMilliseconds(redis.SyncTimeoutMs);
    }

    /// <summary>Entries filled from the database (each query sets its own Duration).</summary>
    private static void ConfigureFills(FusionCacheEntryOptions entry, CacheOptions cache, RedisOptions redis)
    {
        entry.Size = 1;
        entry.DistributedCacheHardTimeout = TimeSpan.FromMilliseconds(redis.SyncTimeoutMs);
        // The response need not wait for Redis to store what it just read; other nodes' copies, if any, are as fresh.
        entry.AllowBackgroundDistributedCacheOperations = true;
        entry.SkipBackplaneNotifications = true;
        // An entry of an older shape (or garbled) is a miss, not an error.
        entry.ReThrowSerializationExceptions = false;
        entry.IsFailSafeEnabled = cache.FailSafeMaxSeconds > 0;
        if (entry.IsFailSafeEnabled)
        {
            entry.FailSafeMaxDuration = TimeSpan.FromSeconds(cache.FailSafeMaxSeconds);
            entry.FailSafeThrottleDuration = TimeSpan.FromSeconds(10);
        }
    }
}
