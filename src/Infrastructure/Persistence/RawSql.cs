using Dapper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AirbnbClone.Infrastructure.Persistence;

/// <summary>
/// The one way repositories run SQL that is not an aggregate load: Dapper on the context's own connection and current
/// transaction, so a question a command decides on sees the command's writes and locks (never the read replica).
/// Not EF's raw-SQL queries: those go through a command cache under a lock every booking request contended on
/// (docs/PERFORMANCE.md, "Bookings").
/// </summary>
internal static class RawSql
{
    public static Task<T?> ScalarAsync<T>(this ApplicationDbContext context, string sql, object parameters, CancellationToken cancellationToken) =>
        RunAsync(context, connection => connection.ExecuteScalarAsync<T>(Command(context, sql, parameters, cancellationToken)), cancellationToken);

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this ApplicationDbContext context, string sql, object parameters, CancellationToken cancellationToken) =>
        (await RunAsync(context, connection => connection.QueryAsync<T>(Command(context, sql, parameters, cancellationToken)), cancellationToken)).AsList();

    public static Task<int> ExecuteAsync(this ApplicationDbContext context, string sql, object parameters, CancellationToken cancellationToken) =>
        RunAsync(context, connection => connection.ExecuteAsync(Command(context, sql, parameters, cancellationToken)), cancellationToken);

    private static CommandDefinition Command(ApplicationDbContext context, string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, context.Database.CurrentTransaction?.GetDbTransaction(), cancellationToken: cancellationToken);

    private static async Task<T> RunAsync<T>(ApplicationDbContext context, Func<System.Data.Common.DbConnection, Task<T>> action, CancellationToken cancellationToken)
    {
        // EF counts opens: inside a transaction the connection is already open and stays so.
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await action(context.Database.GetDbConnection());
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
