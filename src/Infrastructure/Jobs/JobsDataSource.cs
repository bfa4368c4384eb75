using Npgsql;

namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>
/// The connections the worker records claims, leases and outcomes on: the primary database, with
/// <c>synchronous_commit = off</c>. Losing the last few of these writes in a database crash only makes a job run
/// again (a lost claim leaves it pending, a lost success leaves it leased until the reaper requeues it), which
/// at-least-once delivery allows anyway; in exchange no bookkeeping commit waits for a WAL flush. Enqueues and
/// the handlers' own work use the application's connections and stay fully durable.
/// It also sends the wake-up NOTIFY after an enqueue has committed (<see cref="WakeWorkers"/>).
/// </summary>
public sealed class JobsDataSource : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private bool _sending;
    private bool _requested;

    public JobsDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(Persistence.NpgsqlDefaults.Apply(connectionString));
        builder.Options = string.IsNullOrWhiteSpace(builder.Options)
            ? "-c synchronous_commit=off"
            : builder.Options + " -c synchronous_commit=off";
        builder.ApplicationName ??= "airbnbclone-jobs";
        Value = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    public NpgsqlDataSource Value { get; }

    /// <summary>
    /// Wakes every listening worker, once the caller's jobs are committed. The NOTIFY goes in its own transaction
    /// with synchronous_commit=off: PostgreSQL serializes the commits of transactions that notify (a database-wide
    /// lock held until the commit is flushed), so a NOTIFY inside every durable enqueue capped enqueues at one per
    /// WAL flush (about 350/s on the benchmark machine) however many producers ran. Requests that arrive while one
    /// NOTIFY is on its way share the next one, which starts after they arrived. Does not wait; a NOTIFY that fails
    /// is not retried: the workers' polling picks the jobs up.
    /// </summary>
    public void WakeWorkers()
    {
        lock (_gate)
        {
            if (_sending)
            {
                _requested = true;
                return;
            }

            _sending = true;
        }

        _ = SendWakeUpsAsync();
    }

    public ValueTask DisposeAsync() => Value.DisposeAsync();

    private async Task SendWakeUpsAsync()
    {
        while (true)
        {
            try
            {
                await using var command = Value.CreateCommand($"SELECT pg_notify('{JobStore.Channel}', '')");
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or ObjectDisposedException or InvalidOperationException)
            {
                // Polling (Jobs:PollIntervalMs) picks the jobs up.
            }

            lock (_gate)
            {
                if (!_requested)
                {
                    _sending = false;
                    return;
                }

                _requested = false;
            }
        }
    }
}
