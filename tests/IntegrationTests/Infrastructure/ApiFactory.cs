using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.IntegrationTests.Contract;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AirbnbClone.IntegrationTests.Infrastructure;

/// <summary>
/// The whole API in process, against a real PostgreSQL and a real Redis.
/// <list type="bullet">
/// <item>Reads only <c>ConnectionStrings__Database</c> from the environment, to find the PostgreSQL server
/// (missing: the fixture fails and says to run <c>./build.sh test</c>). It creates its own database
/// <c>airbnbclone_it_&lt;random&gt;</c> there, migrates it with the application's own <see cref="Migrator"/>
/// (resolved from the service provider, run before any other hosted service) and drops it on dispose.</item>
/// <item>Redis is a private <see cref="RedisServer"/> per factory (never the shared one from
/// <c>ConnectionStrings__Redis</c>), so a test may stop it without disturbing anyone else.</item>
/// <item>Everything else is set with <c>UseSetting</c>, which wins over appsettings and environment variables:
/// a random JWT key, an admin account, high rate limits, and 1,000 PBKDF2 iterations instead of 100,000
/// (the suite hashes hundreds of passwords on a shared 2-core machine; the hashing code path is the same, only
/// its cost changes, and the lockout/credential behaviour does not depend on it). Redis timeouts are 2 s instead
/// of 250 ms: on a loaded machine one slow round trip opens the Redis circuit for 5 s, during which the cache is
/// skipped and limits are counted per node, and the cross-node tests would flake (the outage tests use the real
/// 250 ms).</item>
/// <item>Every client it hands out (<see cref="CreateClient()"/> and its overloads) checks each response against the
/// OpenAPI document this app serves (<see cref="ContractValidationHandler"/>, ADR 0014): a response the document does
/// not describe fails the test that received it.</item>
/// </list>
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "it-operator@example.com";
    public const string AdminPassword = "Operator-Secret-2026";
    public const string Issuer = "airbnbclone";
    public const string Audience = "airbnbclone-api";
    public const string OpenApiDocumentPath = "/swagger/v1/swagger.json";

    private readonly ApiFactory? _primary;
    private readonly Lazy<Task<OpenApiContract?>> _contract;
    private string? _databaseConnectionString;
    private bool _disposed;

    public ApiFactory()
    {
        // Fail before starting anything when the environment is not prepared.
        _ = TestDatabase.ServerConnectionString();
        Redis = new RedisServer();
        _contract = new Lazy<Task<OpenApiContract?>>(LoadContractAsync);
    }

    /// <summary>
    /// Another API node of <paramref name="primary"/>'s deployment (see <see cref="ApiNode"/>): the same database and
    /// Redis, its own process state (in-process cache, limiters). Initialise it after the primary; the primary owns
    /// the database and Redis and disposes them.
    /// </summary>
    protected ApiFactory(ApiFactory primary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        _primary = primary;
        Redis = primary.Redis;
        Overrides = primary.Overrides;
        SigningKey = primary.SigningKey;
        _contract = new Lazy<Task<OpenApiContract?>>(LoadContractAsync);
    }

    public RedisServer Redis { get; }

    /// <summary>
    /// Settings applied over <see cref="Settings"/>, for a fixture that needs a few changed without a subclass
    /// (<see cref="TwoNodes"/>); a node of this deployment (<see cref="ApiNode"/>) gets the same.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Random per deployment: tokens of one test run never validate in another; the nodes of one deployment share it.</summary>
    public string SigningKey { get; } = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 48);

    public string DatabaseConnectionString =>
        _databaseConnectionString ?? throw new InvalidOperationException("The factory is not initialised yet.");

    public async Task InitializeAsync()
    {
        _databaseConnectionString = _primary is null ? await TestDatabase.CreateAsync() : _primary.DatabaseConnectionString;

        // Builds and starts the host: migrations, then the admin bootstrapper.
        var configuration = Services.GetRequiredService<IConfiguration>();
        if (configuration.GetConnectionString("Database") != _databaseConnectionString)
        {
            throw new InvalidOperationException("The test database setting did not reach the application's configuration.");
        }
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await base.DisposeAsync();
        if (_primary is not null)
        {
            GC.SuppressFinalize(this);
            return;
        }

        Redis.Dispose();
        if (_databaseConnectionString is not null)
        {
            await TestDatabase.DropAsync(_databaseConnectionString);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The OpenAPI document this app serves, parsed once; null when it serves none (<c>OpenApi:Enabled=false</c>).</summary>
    public Task<OpenApiContract?> ContractAsync() => _contract.Value;

    /// <summary>
    /// Where contract violations are listed instead of failing tests (<see cref="ContractValidationHandler.ReportVariable"/>
    /// in the environment); null: they fail the test.
    /// </summary>
    protected virtual string? ContractReportPath => Environment.GetEnvironmentVariable(ContractValidationHandler.ReportVariable);

    /// <summary>A client whose responses are checked against the served OpenAPI document.</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <summary>
    /// Like the base method (redirects and cookies as <paramref name="options"/> say), with every response checked
    /// against the served OpenAPI document.
    /// </summary>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        // Innermost, so each response is checked as the server sent it, redirects included.
        handlers.Add(new ContractValidationHandler(ContractAsync, ContractReportPath));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>A client that sends <paramref name="accessToken"/> as its bearer token.</summary>
    public HttpClient CreateClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Registers a new account with a unique e-mail and answers its id, e-mail and password.</summary>
    public async Task<TestUser> RegisterAsync(string role = "guest", string? phoneNumber = null)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var password = $"Pw-{RandomNumberGenerator.GetHexString(12)}-x";
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/users", new
        {
            email,
            password,
            firstName = "Test",
            lastName = "User",
            phoneNumber,
            role,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            var text = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Registering {email} answered {(int)response.StatusCode}: {text}"));
        }

        var body = await response.Content.ReadFromJsonAsync<UserBody>();
        return new TestUser(body!.Id, email, password);
    }

    /// <summary>Logs in and answers the token pair; throws when the login is refused.</summary>
    public async Task<TokenPair> LoginAsync(string email, string password)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Login of {email} answered {(int)response.StatusCode}: {body}"));
        }

        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }

    public Task<TokenPair> LoginAsync(TestUser user) => LoginAsync(user.Email, user.Password);

    /// <summary>Registers a user and logs them in.</summary>
    public async Task<(TestUser User, TokenPair Tokens)> RegisterAndLoginAsync(string role = "guest", string? phoneNumber = null)
    {
        var user = await RegisterAsync(role, phoneNumber);
        return (user, await LoginAsync(user));
    }

    private async Task<OpenApiContract?> LoadContractAsync()
    {
        // The base class's client: the document itself is not checked against itself.
        using var client = CreateDefaultClient();
        using var response = await client.GetAsync(new Uri(OpenApiDocumentPath, UriKind.Relative));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return OpenApiContract.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Settings applied over appsettings and the environment; subclasses change a few.</summary>
    protected virtual IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Database"] = DatabaseConnectionString,
        ["ConnectionStrings:ReadDatabase"] = string.Empty,
        ["ConnectionStrings:Redis"] = Redis.ConnectionString,
        ["Redis:InstanceName"] = "airbnbclone-it:",
        ["Redis:ConnectTimeoutMs"] = "2000",
        ["Redis:SyncTimeoutMs"] = "2000",
        ["Jwt:Issuer"] = Issuer,
        ["Jwt:Audience"] = Audience,
        ["Jwt:SigningKey"] = SigningKey,
        ["Jwt:AccessTokenMinutes"] = "15",
        ["Auth:PasswordHashIterations"] = "1000",
        ["Auth:MaxFailedLoginsPerEmail"] = "10",
        ["Auth:FailedLoginWindowMinutes"] = "15",
        ["RateLimiting:AuthPerMinute"] = "100000",
        ["RateLimiting:RegistrationsPerMinute"] = "100000",
        ["RateLimiting:WritesPerMinute"] = "100000",
        ["RateLimiting:ReadsPerMinute"] = "1000000",
        ["Cors:AllowedOrigins:0"] = Http.HttpTestKit.AllowedOrigin,
        ["Admin:Email"] = AdminEmail,
        ["Admin:Password"] = AdminPassword,
        ["Logging:LogLevel:Default"] = "Warning",
        ["OpenApi:Enabled"] = "true",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        var settings = Settings();
        foreach (var (key, value) in Overrides)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // First hosted service, so the schema exists before the admin bootstrapper (and any request) needs it.
        builder.ConfigureServices(services => services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrateOnStart>()));
    }

    private sealed class MigrateOnStart(Migrator migrator) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>A second API node beside <c>primary</c>: same database, same Redis, its own process.</summary>
public sealed class ApiNode(ApiFactory primary) : ApiFactory(primary);

/// <summary>Every HTTP test shares one app and one database; tests of the collection run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ApiTestGroup : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}

public sealed record TestUser(Guid Id, string Email, string Password);

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);

public sealed record UserBody(Guid Id, string? Email, string FirstName, string LastName, string? PhoneNumber, string Role, DateTimeOffset CreatedAt);
