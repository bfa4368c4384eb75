using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AirbnbClone.Infrastructure.Persistence;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> files in order. One node at a time (advisory lock),
/// each file in its own transaction together with its journal row, so a failed file leaves nothing behind.
/// An applied file whose text changed is refused: migrations are append-only.
/// </summary>
public sealed partial class Migrator(NpgsqlDataSource dataSource, ILogger<Migrator> logger)
{
    // Any constant works; it only has to be the same for every node of this application.
    private const long AdvisoryLockKey = 0x4169_7262_6E62_0001;

    private const string JournalSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    varchar(255) PRIMARY KEY,
            checksum   varchar(64)  NOT NULL,
            applied_at timestamptz  NOT NULL DEFAULT now()
        )
        """;

    public static IReadOnlyList<(string Version, string Sql)> EmbeddedMigrations()
    {
        var assembly = typeof(Migrator).Assembly;
        const string prefix = "AirbnbClone.Infrastructure.Persistence.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return (n[prefix.Length..^".sql".Length], reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Applies what is missing and answers how many files it applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, JournalSql, cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var count = 0;
            foreach (var (version, sql) in EmbeddedMigrations())
            {
                var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
                if (applied.TryGetValue(version, out var appliedChecksum))
                {
                    if (appliedChecksum != checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {version} was changed after it was applied. Add a new migration instead.");
                    }

                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, sql, cancellationToken);
                await using (var journal = new NpgsqlCommand("INSERT INTO schema_migrations (version, checksum) VALUES (@v, @c)", connection, transaction))
                {
                    journal.Parameters.AddWithValue("v", version);
                    journal.Parameters.AddWithValue("c", checksum);
                    await journal.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                LogApplied(logger, version);
                count++;
            }

            // New types (extensions, enums) created by a migration must be visible to pooled connections.
            if (count > 0)
            {
                await connection.ReloadTypesAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // the SQL is our own embedded migration text, never user input
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version}")]
    private static partial void LogApplied(ILogger logger, string version);
}
