using Npgsql;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// The connections the worker records claims, leases and outcomes on: the primary database, with
/// <c>synchronous_commit = off</c>. Losing the last few of these writes in a database crash only makes a job run
/// again (a lost claim leaves it pending, a lost success leaves it leased until the reaper requeues it), which
/// at-least-once delivery allows anyway; in exchange no bookkeeping commit waits for a WAL flush. Enqueues and
/// the handlers' own work use the application's connections and stay fully durable.
/// </summary>
public sealed class JobsDataSource : IAsyncDisposable
{
    public JobsDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.IsNullOrWhiteSpace(builder.Options)
            ? "-c synchronous_commit=off"
            : builder.Options + " -c synchronous_commit=off";
        builder.ApplicationName ??= "airbnbclone-jobs";
        Value = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    public NpgsqlDataSource Value { get; }

    public ValueTask DisposeAsync() => Value.DisposeAsync();
}
