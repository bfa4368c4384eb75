using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>Registers the application's <see cref="IDistributedCache"/>.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>The connection string name read from <c>ConnectionStrings</c>.</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// Binds <see cref="RedisCacheOptions"/> from the section "Redis". When
    /// <c>ConnectionStrings:Redis</c> is set and not blank, registers the Redis-backed cache as a
    /// singleton <see cref="IDistributedCache"/> (replacing any earlier registration; the concrete
    /// type is registered too, for the health check); otherwise registers the in-memory
    /// distributed cache. Nothing connects to Redis until the cache is first used.
    /// </summary>
    public static IServiceCollection AddRedisOrMemoryCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<RedisCacheOptions>().Bind(configuration.GetSection(RedisCacheOptions.SectionName));

        var connectionString = configuration.GetConnectionString(RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddDistributedMemoryCache();
            return services;
        }

        services.TryAddSingleton(provider => new RedisDistributedCache(
            connectionString,
            provider.GetRequiredService<IOptions<RedisCacheOptions>>(),
            provider.GetRequiredService<ILogger<RedisDistributedCache>>(),
            provider.GetService<TimeProvider>()));
        services.RemoveAll<IDistributedCache>();
        services.AddSingleton<IDistributedCache>(provider => provider.GetRequiredService<RedisDistributedCache>());
        return services;
    }
}
