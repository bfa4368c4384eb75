using System.Globalization;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Persistence;

/// <summary>The EF model (what commands write) and the schema the SQL migrations built (what exists) agree.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SchemaTests(ApiFactory factory)
{
    /// <summary>Tables that exist without an entity type, on purpose.</summary>
    private static readonly HashSet<string> UnmappedTables = new(StringComparer.Ordinal)
    {
        // The migrator's journal.
        "public.schema_migrations",
    };

    [Fact]
    public async Task Model_Should_MatchTheMigratedSchema_When_MigrationsHaveRun()
    {
        var problems = await CompareAsync(factory.DatabaseConnectionString);

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task SchemaComparison_Should_ReportEachDifference_When_TheSchemaDrifts()
    {
        // Proves the comparison above can fail: a fresh database, migrated, then changed by hand.
        var connectionString = await TestDatabase.CreateAsync();
        try
        {
            await using (var dataSource = NpgsqlDataSource.Create(connectionString))
            {
                await new Migrator(dataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
                await using var command = dataSource.CreateCommand("""
                    ALTER TABLE users ALTER COLUMN phone_number SET NOT NULL;
                    ALTER TABLE users ALTER COLUMN first_name TYPE varchar(50);
                    ALTER TABLE refresh_tokens DROP COLUMN spent_at;
                    ALTER TABLE refresh_tokens ADD COLUMN device text NOT NULL;
                    CREATE TABLE stray (id integer);
                    """);
                await command.ExecuteNonQueryAsync();
            }

            var problems = await CompareAsync(connectionString);

            problems.Count.ShouldBe(5, string.Join(Environment.NewLine, problems));
            problems.ShouldContain(p => p.StartsWith("users.phone_number:", StringComparison.Ordinal));
            problems.ShouldContain(p => p.StartsWith("users.first_name:", StringComparison.Ordinal) && p.Contains("character varying(50)", StringComparison.Ordinal));
            problems.ShouldContain(p => p.StartsWith("refresh_tokens.spent_at ", StringComparison.Ordinal));
            problems.ShouldContain(p => p.StartsWith("refresh_tokens.device ", StringComparison.Ordinal));
            problems.ShouldContain(p => p.Contains("public.stray", StringComparison.Ordinal));
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    /// <summary>
    /// Every entity type's table exists; every mapped column exists with the same type (aliases normalised) and
    /// nullability; no unmapped NOT NULL column without a default; every table but the journal is mapped.
    /// </summary>
    private async Task<List<string>> CompareAsync(string connectionString)
    {
        var columns = await ReadSchemaAsync(connectionString);
        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var model = context.GetService<IDesignTimeModel>().Model;
        var problems = new List<string>();
        var mappedTables = new HashSet<string>(StringComparer.Ordinal);

        context.Model.GetEntityTypes().ShouldNotBeEmpty();
        foreach (var runtimeType in context.Model.GetEntityTypes())
        {
            var entityType = model.FindEntityType(runtimeType.Name)!;
            var table = entityType.GetTableName();
            if (table is null)
            {
                problems.Add($"{entityType.DisplayName()} is mapped to no table");
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            var qualified = $"{entityType.GetSchema() ?? "public"}.{table}";
            mappedTables.Add(qualified);
            if (!columns.TryGetValue(qualified, out var tableColumns))
            {
                problems.Add($"{entityType.DisplayName()}: table {qualified} does not exist");
                continue;
            }

            var mappedColumns = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in entityType.GetProperties())
            {
                var name = property.GetColumnName(store);
                if (name is null)
                {
                    problems.Add($"{entityType.DisplayName()}.{property.Name} has no column in {table}");
                    continue;
                }

                mappedColumns.Add(name);
                if (name == "xmin")
                {
                    continue; // a system column of every table (the aggregates' row version), not in information_schema
                }

                if (!tableColumns.TryGetValue(name, out var column))
                {
                    problems.Add($"{table}.{name} ({entityType.DisplayName()}.{property.Name}) does not exist");
                    continue;
                }

                var modelType = NormaliseType(property.GetColumnType(store));
                if (modelType != column.Type)
                {
                    problems.Add($"{table}.{name}: the model says {modelType}, the database has {column.Type}");
                }

                if (property.IsColumnNullable(store) != column.IsNullable)
                {
                    problems.Add($"{table}.{name}: the model says {(property.IsColumnNullable(store) ? "NULL" : "NOT NULL")}, the database has {(column.IsNullable ? "NULL" : "NOT NULL")}");
                }
            }

            // A column EF does not know must not make its inserts fail.
            foreach (var (name, column) in tableColumns.Where(c => !mappedColumns.Contains(c.Key)))
            {
                if (!column.IsNullable && !column.HasDefault)
                {
                    problems.Add($"{table}.{name} is NOT NULL without a default but not mapped, so every insert would fail");
                }
            }
        }

        foreach (var table in columns.Keys.Where(t => !UnmappedTables.Contains(t) && !mappedTables.Contains(t)))
        {
            problems.Add($"table {table} exists but no entity type maps it");
        }

        return problems;
    }

    [Fact]
    public async Task Model_Should_HaveEveryUniqueIndexInTheSchema_When_MigrationsHaveRun()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var model = context.GetService<IDesignTimeModel>().Model;
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(factory.DatabaseConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes[reader.GetString(0)] = reader.GetString(1);
            }
        }

        foreach (var index in model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            var name = index.GetDatabaseName();
            name.ShouldNotBeNull();
            indexes.ShouldContainKey(name, $"index {name} of the model is missing from the database");
            indexes[name].Contains("UNIQUE", StringComparison.Ordinal).ShouldBe(index.IsUnique, $"uniqueness of {name}");
        }
    }

    private static async Task<Dictionary<string, Dictionary<string, DbColumn>>> ReadSchemaAsync(string connectionString)
    {
        const string sql = """
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name, c.character_maximum_length,
                   c.numeric_precision, c.numeric_scale, c.is_nullable, c.column_default
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            """;
        var tables = new Dictionary<string, Dictionary<string, DbColumn>>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = $"{reader.GetString(0)}.{reader.GetString(1)}";
            var dataType = reader.GetString(3);
            int? length = reader.IsDBNull(5) ? null : reader.GetInt32(5);
            var type = dataType switch
            {
                "character varying" or "character" when length is not null => string.Create(CultureInfo.InvariantCulture, $"{dataType}({length})"),
                "numeric" when !reader.IsDBNull(6) => string.Create(CultureInfo.InvariantCulture, $"numeric({reader.GetInt32(6)},{reader.GetInt32(7)})"),
                "ARRAY" => reader.GetString(4)[1..] + "[]",
                "USER-DEFINED" => reader.GetString(4),
                _ => dataType,
            };
            if (!tables.TryGetValue(table, out var columns))
            {
                columns = new Dictionary<string, DbColumn>(StringComparer.Ordinal);
                tables[table] = columns;
            }

            columns[reader.GetString(2)] = new DbColumn(NormaliseType(type), reader.GetString(8) == "YES", !reader.IsDBNull(9));
        }

        tables.ShouldNotBeEmpty("the migrated database has no tables");
        return tables;
    }

    /// <summary>Spells PostgreSQL type aliases one way, so "varchar(254)" and "character varying(254)" compare equal.</summary>
    private static string NormaliseType(string? type)
    {
        var t = (type ?? "(none)").Trim().ToLowerInvariant().Replace(", ", ",", StringComparison.Ordinal);
        var open = t.IndexOf('(', StringComparison.Ordinal);
        var (name, suffix) = open < 0 ? (t, string.Empty) : (t[..open].Trim(), t[open..]);
        name = name switch
        {
            "varchar" => "character varying",
            "char" or "bpchar" => "character",
            "timestamptz" => "timestamp with time zone",
            "timestamp" => "timestamp without time zone",
            "int" or "int4" => "integer",
            "int8" => "bigint",
            "int2" => "smallint",
            "bool" => "boolean",
            "float8" => "double precision",
            "float4" => "real",
            "decimal" => "numeric",
            _ => name,
        };
        return name + suffix;
    }

    private sealed record DbColumn(string Type, bool IsNullable, bool HasDefault);
}
