using System.Diagnostics;
using System.Globalization;
using System.Text;
using AirbnbClone.Application;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Domain.Users;
using AirbnbClone.Infrastructure;
using AirbnbClone.Infrastructure.Jobs;
using AirbnbClone.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

// bench/jobs: enqueue N no-op jobs through IJobQueue, drain them with 1, 2 and 4 workers (JobWorker instances
// in this one process, sharing one connection pool), then measure enqueue-to-done latency at a steady rate.
// Usage: dotnet run -c Release --project bench/jobs -- [--jobs 100000] [--workers 1,2,4] [--out file.md]
var server = Environment.GetEnvironmentVariable("ConnectionStrings__Database")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Database to a PostgreSQL server (bench/jobs/run.sh does).");
var jobs = int.Parse(Option("--jobs", "100000"), CultureInfo.InvariantCulture);
var workerCounts = Option("--workers", "1,2,4").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
var concurrency = int.Parse(Option("--concurrency", "64"), CultureInfo.InvariantCulture);
var batch = int.Parse(Option("--batch", "64"), CultureInfo.InvariantCulture);
var steadyRate = int.Parse(Option("--rate", "1000"), CultureInfo.InvariantCulture);
var steadySeconds = int.Parse(Option("--seconds", "10"), CultureInfo.InvariantCulture);
var output = Option("--out", string.Empty);

var rows = new List<string>();
foreach (var workers in workerCounts)
{
    rows.Add(await RunAsync(workers));
}

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"| workers | enqueue (jobs/s) | drain {jobs:N0} (jobs/s) | drain time (s) | backlog enqueue-to-done p50 / p99 (ms) | steady: enqueued/s (target {steadyRate}) | steady enqueue-to-done p50 / p99 (ms) |");
report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
rows.ForEach(r => report.AppendLine(r));
Console.WriteLine();
Console.WriteLine(report);
if (output.Length > 0)
{
    await File.WriteAllTextAsync(output, report.ToString());
}

return 0;

async Task<string> RunAsync(int workerCount)
{
    var database = $"airbnbclone_jobs_bench_{workerCount}";
    await RecreateDatabaseAsync(database);
    var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ConnectionString;
    await using var provider = BuildServices(connectionString);
    await provider.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
    var counter = provider.GetRequiredService<Counter>();

    // 1. Enqueue: one producer, 1,000 jobs per transaction, through the application's IJobQueue.
    Console.WriteLine($"== {workerCount} worker(s): enqueue {jobs:N0} no-op jobs");
    var enqueueWatch = Stopwatch.StartNew();
    for (var done = 0; done < jobs; done += 1000)
    {
        await using var scope = provider.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var queue = scope.ServiceProvider.GetRequiredService<IJobQueue>();
        await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
        {
            for (var i = done; i < Math.Min(done + 1000, jobs); i++)
            {
                await queue.EnqueueAsync(new NoOpJob(i), null, CancellationToken.None);
            }

            await unitOfWork.CommitTransactionAsync(CancellationToken.None);
        }

        if ((done / 1000) % 20 == 19)
        {
            Console.WriteLine($"   enqueued {done + 1000:N0}");
        }
    }

    var enqueueRate = jobs / enqueueWatch.Elapsed.TotalSeconds;
    Console.WriteLine($"   enqueue: {enqueueRate:N0} jobs/s");

    // 2. Drain the backlog.
    using var stop = new CancellationTokenSource();
    var workers = Enumerable.Range(0, workerCount).Select(_ => ActivatorUtilities.CreateInstance<JobWorker>(provider, Options.Create(new JobsOptions
    {
        Concurrency = concurrency,
        BatchSize = batch,
        PollIntervalMs = 1000,
        LeaseSeconds = 60,
        RetentionHours = 24,
    }))).ToList();
    var drainWatch = Stopwatch.StartNew();
    var running = workers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();
    var last = 0L;
    while (await CountAsync(connectionString, "SELECT count(*) FROM jobs WHERE state = 'succeeded'") < jobs)
    {
        await Task.Delay(250);
        if (drainWatch.Elapsed.TotalSeconds - last >= 2)
        {
            last = (long)drainWatch.Elapsed.TotalSeconds;
            Console.WriteLine($"   {drainWatch.Elapsed.TotalSeconds,5:0.0} s: {counter.Value:N0} run");
        }
    }

    var drainSeconds = drainWatch.Elapsed.TotalSeconds;
    var drainRate = jobs / drainSeconds;
    var backlog = await PercentilesAsync(connectionString, "WHERE (payload->>'n')::int >= 0");
    Console.WriteLine($"   drained in {drainSeconds:0.00} s: {drainRate:N0} jobs/s; runs counted {counter.Value:N0}");

    // 3. Steady state: jobs enqueued one per transaction (as commands do) at a fixed rate while the workers run.
    Console.WriteLine($"   steady: {steadyRate}/s for {steadySeconds} s");
    var total = steadyRate * steadySeconds;
    var steadyWatch = Stopwatch.StartNew();
    for (var i = 0; i < total; i++)
    {
        var due = TimeSpan.FromSeconds((double)i / steadyRate);
        var wait = due - steadyWatch.Elapsed;
        if (wait > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(wait);
        }

        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IJobQueue>().EnqueueAsync(new NoOpJob(-1 - i), null, CancellationToken.None);
    }

    var achieved = total / steadyWatch.Elapsed.TotalSeconds;
    while (await CountAsync(connectionString, "SELECT count(*) FROM jobs WHERE state = 'succeeded'") < jobs + total)
    {
        await Task.Delay(100);
    }

    var steady = await PercentilesAsync(connectionString, "WHERE (payload->>'n')::int < 0");
    await stop.CancelAsync();
    await Task.WhenAll(running);
    var doubles = await CountAsync(connectionString, "SELECT count(*) FROM jobs WHERE attempts <> 1 OR state <> 'succeeded'");
    Console.WriteLine($"   steady achieved {achieved:N0}/s; p50 {steady.P50:0.0} ms, p99 {steady.P99:0.0} ms; jobs not run exactly once: {doubles}; handler runs {counter.Value:N0}");
    await DropDatabaseAsync(database);
    return string.Create(CultureInfo.InvariantCulture,
        $"| {workerCount} | {enqueueRate:N0} | **{drainRate:N0}** | {drainSeconds:0.0} | {backlog.P50:N0} / {backlog.P99:N0} | {achieved:N0} | {steady.P50:0.0} / {steady.P99:0.0} |");
}

ServiceProvider BuildServices(string connectionString)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Database"] = connectionString,
        ["Jobs:Enabled"] = "false",
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
    services.AddApplication(null).AddInfrastructure(configuration);
    services.AddScoped<ICurrentUser, NoUser>();
    services.AddSingleton<Counter>();
    services.AddJobHandler<NoOpJob, NoOpJobHandler>();
    return services.BuildServiceProvider();
}

async Task RecreateDatabaseAsync(string database)
{
    await DropDatabaseAsync(database);
    await using var connection = new NpgsqlConnection(server);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
    await command.ExecuteNonQueryAsync();
}

async Task DropDatabaseAsync(string database)
{
    NpgsqlConnection.ClearAllPools();
    await using var connection = new NpgsqlConnection(server);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
    await command.ExecuteNonQueryAsync();
}

static async Task<long> CountAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    return (long)(await command.ExecuteScalarAsync())!;
}

static async Task<(double P50, double P99)> PercentilesAsync(string connectionString, string where)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"""
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)
        FROM (SELECT extract(epoch FROM completed_at - created_at) * 1000 AS ms FROM jobs {where}) t
        """, connection);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetDouble(0), reader.GetDouble(1));
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

internal sealed record NoOpJob(int N) : IJobPayload
{
    public static string JobType => "bench.noop";
}

internal sealed class Counter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}

internal sealed class NoOpJobHandler(Counter counter) : IJobHandler<NoOpJob>
{
    public Task HandleAsync(NoOpJob payload, JobContext context, CancellationToken cancellationToken)
    {
        counter.Increment();
        return Task.CompletedTask;
    }
}

internal sealed class NoUser : ICurrentUser
{
    public bool IsAuthenticated => false;

    public Guid UserId => throw new InvalidOperationException("No user in the benchmark.");

    public Role Role => Role.Guest;
}
