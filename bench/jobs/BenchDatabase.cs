using AirbnbClone.Application;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Infrastructure;
using AirbnbClone.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AirbnbClone.Bench.Jobs;

/// <summary>
/// One benchmark database: created empty, migrated by the application's <see cref="Migrator"/> (so it starts in
/// exactly the state a fresh deployment does), and dropped at the end.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private BenchDatabase(string server, string name, string connectionString, ServiceProvider services)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
        Services = services;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public static async Task<BenchDatabase> CreateAsync(string server, string name, Ledger ledger)
    {
        await DropAsync(server, name);
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ConnectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = connectionString,
            ["Jobs:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddApplication(null).AddInfrastructure(configuration);
        services.AddScoped<ICurrentUser, NoUser>();
        services.AddSingleton(ledger);
        services.AddJobHandler<NoOpJob, NoOpJobHandler>();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        return new BenchDatabase(server, name, connectionString, provider);
    }

    public Task<long> CountAsync(string sql) => ScalarAsync<long>(sql);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // the benchmark's own constant SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);

    /// <summary>The planner's and autovacuum's view of the jobs table: reltuples, autovacuum and autoanalyze runs.</summary>
    public async Task<TableState> TableStateAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.reltuples::bigint, s.autovacuum_count + s.vacuum_count, s.autoanalyze_count + s.analyze_count
            FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = 'jobs'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TableState(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await DropAsync(_server, Name);
    }

    private static async Task DropAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // the benchmark's own constant SQL
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>reltuples -1 means never analyzed nor vacuumed; the counts include manual VACUUM/ANALYZE.</summary>
internal sealed record TableState(long RelTuples, long Vacuums, long Analyzes);
