using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Persistence;

/// <summary>The SQL migrator against fresh, empty databases (one per test, dropped afterwards).</summary>
public sealed class MigratorTests : IAsyncLifetime
{
    private readonly List<NpgsqlDataSource> _dataSources = [];
    private string _connectionString = string.Empty;

    public async Task InitializeAsync() => _connectionString = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }

        await TestDatabase.DropAsync(_connectionString);
    }

    [Fact]
    public async Task MigrateAsync_Should_ApplyEverythingOnceThenNothing_When_RunTwice()
    {
        var expected = Migrator.EmbeddedMigrations();
        expected.ShouldNotBeEmpty();

        var first = await NewMigrator().MigrateAsync(CancellationToken.None);
        var second = await NewMigrator().MigrateAsync(CancellationToken.None);

        first.ShouldBe(expected.Count);
        second.ShouldBe(0);
        (await JournalAsync()).ShouldBe(expected.Select(m => (m.Version, 1L)).ToList());
    }

    [Fact]
    public async Task MigrateAsync_Should_ApplyEachMigrationOnce_When_TwoNodesMigrateConcurrently()
    {
        var expected = Migrator.EmbeddedMigrations();

        var results = await Task.WhenAll(
            Task.Run(() => NewMigrator().MigrateAsync(CancellationToken.None)),
            Task.Run(() => NewMigrator().MigrateAsync(CancellationToken.None)));

        results.Order().ShouldBe([0, expected.Count]);
        (await JournalAsync()).ShouldBe(expected.Select(m => (m.Version, 1L)).ToList());
    }

    [Fact]
    public async Task MigrateAsync_Should_Refuse_When_AnAppliedMigrationChanged()
    {
        await NewMigrator().MigrateAsync(CancellationToken.None);
        await ExecuteAsync("UPDATE schema_migrations SET checksum = 'edited'");

        var exception = await Should.ThrowAsync<InvalidOperationException>(() => NewMigrator().MigrateAsync(CancellationToken.None));

        exception.Message.ShouldContain("changed");
    }

    private Migrator NewMigrator()
    {
        // A data source per migrator: like two nodes, they share nothing but the database.
        var dataSource = NpgsqlDataSource.Create(_connectionString);
        _dataSources.Add(dataSource);
        return new Migrator(dataSource, NullLogger<Migrator>.Instance);
    }

    private async Task<List<(string Version, long Count)>> JournalAsync()
    {
        var rows = new List<(string, long)>();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // constant test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
