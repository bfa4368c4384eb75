using System.Globalization;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Infrastructure;

/// <summary>
/// Throw-away PostgreSQL databases on the server named by the environment variable
/// <c>ConnectionStrings__Database</c> (exported by <c>./build.sh test</c>). That database itself is only
/// used to connect to the server: every fixture creates its own <c>airbnbclone_it_&lt;random&gt;</c> database
/// and drops it when done, so runs never see each other's rows and nothing has to be cleaned by hand.
/// </summary>
public static class TestDatabase
{
    public const string EnvironmentVariable = "ConnectionStrings__Database";

    /// <summary>The server connection string from the environment; fails loudly when it is missing.</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The integration tests need a real PostgreSQL: the environment variable {EnvironmentVariable} is not set. " +
                "Run them with `./build.sh test`, which starts PostgreSQL and Redis and exports ConnectionStrings__Database " +
                "and ConnectionStrings__Redis (or export them yourself, e.g. " +
                "ConnectionStrings__Database='Host=127.0.0.1;Port=55433;Database=airbnbclone_test;Username=postgres').");
        }

        return value;
    }

    /// <summary>Creates an empty database and answers a connection string for it.</summary>
    public static async Task<string> CreateAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString());
        var name = string.Create(CultureInfo.InvariantCulture, $"airbnbclone_it_{Guid.NewGuid():N}")[..40];
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
#pragma warning disable CA2100 // the name is built above from a Guid, never from input
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return database.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (database is null || !database.StartsWith("airbnbclone_it_", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to drop '{database}': not a test database.");
        }

        // Only this database's pool: other fixtures may be running in parallel.
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(ServerConnectionString());
        await connection.OpenAsync();
#pragma warning disable CA2100 // checked above to be one of ours
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
