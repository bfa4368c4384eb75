using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Abstractions.Mail;
using AirbnbClone.Application.Jobs;
using AirbnbClone.Application.Users;
using AirbnbClone.Infrastructure.Authentication;
using AirbnbClone.Infrastructure.Caching;
using AirbnbClone.Infrastructure.Redis;
using AirbnbClone.Infrastructure.Jobs;
using AirbnbClone.Infrastructure.Mail;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.Infrastructure.Persistence.Repositories;
using AirbnbClone.Infrastructure.RateLimiting;
using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
        services.AddCaching(configuration);

        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.SectionName))
            .Validate(o => System.Text.Encoding.UTF8.GetByteCount(o.SigningKey) >= 32, "Jwt:SigningKey must be at least 32 bytes.")
            .Validate(o => o.AccessTokenMinutes > 0 && o.RefreshTokenDays > 0, "Jwt token lifetimes must be positive.")
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName))
            .Validate(o => o.PasswordHashIterations >= 1 && o.MaxFailedLoginsPerEmail >= 1 && o.FailedLoginWindowMinutes >= 1, "Auth settings must be positive.")
            .Validate(o => o.RefreshReuseLeewaySeconds is >= 0 and <= 300, "Auth:RefreshReuseLeewaySeconds must be between 0 and 300.")
            .ValidateOnStart();
        services.AddSingleton<ITokenService, TokenService>();
        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        AddWindowCounters(services, configuration);
        services.AddSingleton<ILoginThrottle, LoginThrottle>();
        services.AddSingleton<ISessionRegistry>(provider => new SessionRegistry(
            provider.GetService<RedisConnection>(),
            provider.GetRequiredService<Npgsql.NpgsqlDataSource>(),
            provider.GetRequiredService<IOptions<JwtOptions>>(),
            provider.GetRequiredService<IOptions<RedisOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SessionRegistry>>()));

        AddJobs(services, configuration);
        AddEmail(services, configuration);
        services.AddOptions<Application.Bookings.BookingOptions>().Bind(configuration.GetSection(Application.Bookings.BookingOptions.SectionName))
            .Validate(o => o.ServiceFeeRate is >= 0m and <= 1m, "Bookings:ServiceFeeRate must be between 0 and 1.")
            .Validate(o => o.MaxPendingPerGuest is >= 1 and <= 100, "Bookings:MaxPendingPerGuest must be between 1 and 100.")
            .ValidateOnStart();
        services.AddSingleton(provider => new Domain.Bookings.PricingService(
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.Bookings.BookingOptions>>().Value.ServiceFeeRate));
        services.AddSingleton(provider => new Domain.Bookings.PendingRequestLimit(
            provider.GetRequiredService<IOptions<Application.Bookings.BookingOptions>>().Value.MaxPendingPerGuest));

        services.AddHealthChecks()
            // SELECT 1 through the write database's NpgsqlDataSource, the one the DbContext uses.
            .AddNpgSql(name: "postgresql", tags: [ReadyTag])
            .AddRedisCheck(configuration, ReadyTag)
            .AddCheck<JobsHealthCheck>("jobs", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// The counters behind the rate limits and the failed-login lockout: Redis's, shared by every node, with this
    /// node's own as the fallback while Redis is unavailable; without <c>ConnectionStrings:Redis</c>, the node's own.
    /// </summary>
    private static void AddWindowCounters(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<LocalWindowCounters>();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(CachingServiceCollectionExtensions.RedisConnectionStringName)))
        {
            services.AddSingleton<IWindowCounters>(provider => provider.GetRequiredService<LocalWindowCounters>());
            return;
        }

        services.AddSingleton<IWindowCounters>(provider => new SharedWindowCounters(
            new RedisWindowCounters(provider.GetRequiredService<RedisConnection>()),
            provider.GetRequiredService<LocalWindowCounters>(),
            provider.GetRequiredService<IOptions<RedisOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<SharedWindowCounters>>()));
    }

    /// <summary>The queue (for commands), the worker (hosted in this process when <c>Jobs:Enabled</c>) and its handlers.</summary>
    private static void AddJobs(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(JobsOptions.SectionName);
        services.AddOptions<JobsOptions>().Bind(section)
            .Validate(o => o.IsValid(), "Jobs settings are out of range (see README, 'Configuration').")
            .ValidateOnStart();
        services.AddScoped<PendingJobs>();
        services.AddScoped<JobQueue>();
        services.AddScoped<IJobQueue>(provider => provider.GetRequiredService<JobQueue>());
        services.AddScoped<IJobMaintenance>(provider => provider.GetRequiredService<JobQueue>());
        services.AddSingleton<JobHandlerRegistry>();
        services.AddSingleton(_ => new JobsDataSource(configuration.GetConnectionString("Database")!));
        services.AddJobHandlersFromAssembly(typeof(DependencyInjection).Assembly);
        if (section.GetValue(nameof(JobsOptions.Enabled), defaultValue: true))
        {
            services.AddHostedService<JobWorkerService>();
        }
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmailOptions.SectionName);
        services.AddOptions<EmailOptions>().Bind(section)
            .Validate(o => !o.Smtp.Enabled || (o.Smtp.Host.Length > 0 && o.Smtp.Port is > 0 and < 65536), "Email:Smtp:Host and Port are required when Email:Smtp:Enabled.")
            .Validate(o => System.Net.Mail.MailAddress.TryCreate(o.From, out _), "Email:From is not an e-mail address.")
            .ValidateOnStart();
        services.AddSingleton<EmailOutbox>();
        if (section.GetValue("Smtp:Enabled", defaultValue: false))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, OutboxEmailSender>();
        }
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

        services.AddSingleton(_ => NpgsqlDefaults.Build(connectionString));
        services.AddKeyedSingleton(ReadDataSourceKey, (provider, _) => string.IsNullOrWhiteSpace(readConnectionString)
            ? provider.GetRequiredService<NpgsqlDataSource>()
            : NpgsqlDefaults.Build(readConnectionString));
        services.AddSingleton<ISqlConnectionFactory>(provider =>
            new SqlConnectionFactory(provider.GetRequiredKeyedService<NpgsqlDataSource>(ReadDataSourceKey)));

        // Columns (and the model's key names) in snake_case; the configurations' ToTable and HasDatabaseName still win.
        services.AddDbContext<ApplicationDbContext>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()).UseSnakeCaseNamingConvention());
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IUserRepository, UserRepository>();
        services.AddScoped<IRefreshTokenRepository, RefreshTokenRepository>();
        services.AddScoped<Application.Properties.IPropertyRepository, PropertyRepository>();
        services.AddScoped<Application.Bookings.IBookingRepository, BookingRepository>();
        services.AddSingleton<Migrator>();
        services.AddScoped<Seeding.DemoSeeder>();
        services.AddScoped<Seeding.ListingSeeder>();
    }
}
