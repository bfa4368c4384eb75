using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Users;
using AirbnbClone.Infrastructure.Authentication;
using AirbnbClone.Infrastructure.Caching;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.Infrastructure.Persistence.Repositories;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace AirbnbClone.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Read-side data source, registered under this key when a replica is configured.</summary>
    public const string ReadDataSourceKey = "read";

    /// <summary>Health checks with this tag decide readiness (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddPersistence(services, configuration);
        services.AddRedisOrMemoryCache(configuration);
        services.AddSingleton<ICacheService, CacheService>();

        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName))
            .Validate(o => System.Text.Encoding.UTF8.GetByteCount(o.SigningKey) >= 32, "Jwt:SigningKey must be at least 32 bytes.")
            .Validate(o => o.AccessTokenMinutes > 0 && o.RefreshTokenDays > 0, "Jwt token lifetimes must be positive.")
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName))
            .Validate(o => o.PasswordHashIterations >= 1 && o.MaxFailedLoginsPerEmail >= 1 && o.FailedLoginWindowMinutes >= 1, "Auth settings must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ITokenService, TokenService>();
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddSingleton<ILoginThrottle, LoginThrottle>();

        services.AddHealthChecks()
            .AddDbContextCheck<ApplicationDbContext>("postgresql", tags: [ReadyTag])
            .AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        return services;
    }

    private static void AddPersistence(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Database");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Database is not set. See README, 'Configuration'.");
        }

        var readConnectionString = configuration.GetConnectionString("ReadDatabase");
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());

        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddKeyedSingleton(ReadDataSourceKey, (provider, _) => string.IsNullOrWhiteSpace(readConnectionString)
            ? provider.GetRequiredService<NpgsqlDataSource>()
            : new NpgsqlDataSourceBuilder(readConnectionString).Build());
        services.AddSingleton<ISqlConnectionFactory>(provider =>
            new SqlConnectionFactory(provider.GetRequiredKeyedService<NpgsqlDataSource>(ReadDataSourceKey)));

        services.AddDbContext<ApplicationDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<Application.Properties.IPropertyRepository, PropertyRepository>();
        services.AddSingleton<Migrator>();
        services.AddScoped<Seeding.DemoSeeder>();
        services.AddScoped<Seeding.ListingSeeder>();
    }
}
