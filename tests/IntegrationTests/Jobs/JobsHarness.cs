using System.Collections.Concurrent;
using AirbnbClone.Application;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using AirbnbClone.Infrastructure;
using AirbnbClone.Infrastructure.Jobs;
using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>
/// The queue and workers without HTTP: a fresh migrated database per test, the application's own services
/// (mediator pipeline, <see cref="IJobQueue"/>, <see cref="JobWorker"/>), test job types, and a clock that only
/// moves when the test says so (claims, leases and retries read it, so lease expiry and backoff are simulated).
/// </summary>
public sealed class JobsHarness : IAsyncDisposable
{
    /// <summary>Where <see cref="Clock"/> starts.</summary>
    public static readonly DateTimeOffset ClockStart = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private JobsHarness(string connectionString, ServiceProvider provider, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        _provider = provider;
        Clock = clock;
    }

    public string ConnectionString { get; }

    /// <summary>The clock every service of the harness reads.</summary>
    public FakeTimeProvider Clock { get; }

    public JobLog Log => _provider.GetRequiredService<JobLog>();

    public IServiceProvider Services => _provider;

    public static async Task<JobsHarness> CreateAsync()
    {
        var connectionString = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(ClockStart);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = connectionString,
            ["Jobs:Enabled"] = "false",
            ["Jobs:BackoffBaseSeconds"] = "10",
            ["Jobs:BackoffMaxSeconds"] = "3600",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddApplication(null).AddInfrastructure(configuration);
        services.AddSingleton<HarnessCaller>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<HarnessCaller>());
        services.AddSingleton<JobLog>();
        services.AddJobHandler<CountingJob, CountingJobHandler>();
        services.AddJobHandler<FlakyJob, FlakyJobHandler>();
        services.AddJobHandler<BlockingJob, BlockingJobHandler>();
        services.AddScoped<IRequestHandler<EnqueueInCommandCommand, Result>, EnqueueInCommandCommandHandler>();
        var provider = services.BuildServiceProvider(validateScopes: true);
        await provider.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        return new JobsHarness(connectionString, provider, clock);
    }

    public JobWorker CreateWorker(Action<JobsOptions>? configure = null)
    {
        var options = new JobsOptions
        {
            Concurrency = 4,
            BatchSize = 4,
            LeaseSeconds = 30,
            PollIntervalMs = 200,
            MaxAttempts = 5,
            BackoffBaseSeconds = 10,
            BackoffMaxSeconds = 3600,
            RetentionHours = 24,
            ShutdownTimeoutSeconds = 5,
        };
        configure?.Invoke(options);
        return new JobWorker(
            _provider.GetRequiredService<JobsDataSource>(),
            _provider.GetRequiredService<IServiceScopeFactory>(),
            _provider.GetRequiredService<JobHandlerRegistry>(),
            Options.Create(options),
            Clock,
            NullLogger<JobWorker>.Instance);
    }

    /// <summary>Enqueues outside any transaction (autocommit).</summary>
    public async Task<Guid?> EnqueueAsync<TPayload>(TPayload payload, JobOptions? options = null)
        where TPayload : IJobPayload
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJobQueue>().EnqueueAsync(payload, options, CancellationToken.None);
    }

    /// <summary>Enqueues many jobs in one transaction.</summary>
    public async Task EnqueueManyAsync<TPayload>(IEnumerable<TPayload> payloads)
        where TPayload : IJobPayload
    {
        await using var scope = _provider.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var queue = scope.ServiceProvider.GetRequiredService<IJobQueue>();
        await using (await unitOfWork.BeginTransactionAsync(CancellationToken.None))
        {
            foreach (var payload in payloads)
            {
                await queue.EnqueueAsync(payload, null, CancellationToken.None);
            }

            await unitOfWork.CommitTransactionAsync(CancellationToken.None);
        }
    }

    public async Task<Result> SendAsync(IRequest<Result> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, CancellationToken.None);
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL written in the tests
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<JobSnapshot> JobAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT state, attempts, run_at, last_error, locked_by FROM jobs WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue($"job {id} does not exist");
        return new JobSnapshot(
            reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }

    /// <summary>Anonymous unless a test says who is calling (<see cref="ActAs"/>).</summary>
    public void ActAs(Guid? userId, Role role = Role.Guest)
    {
        var caller = _provider.GetRequiredService<HarnessCaller>();
        caller.Id = userId;
        caller.Role = role;
    }

    private sealed class HarnessCaller : ICurrentUser
    {
        public Guid? Id { get; set; }

        public bool IsAuthenticated => Id is not null;

        public Guid UserId => Id ?? throw new InvalidOperationException("anonymous");

        public Role Role { get; set; } = Role.Guest;
    }
}

public sealed record JobSnapshot(string State, int Attempts, DateTimeOffset RunAt, string? LastError, string? LockedBy);

/// <summary>What the test handlers did: every run, in order, with its attempt number.</summary>
public sealed class JobLog
{
    private readonly ConcurrentQueue<(Guid JobId, int Attempt, DateTimeOffset At)> _runs = new();

    public ConcurrentDictionary<int, int> CountsByNumber { get; } = new();

    /// <summary>Completes when a blocking job has started its first attempt.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Blocking jobs wait for this on their first attempt.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(Guid JobId, int Attempt, DateTimeOffset At)> Runs => _runs.ToArray();

    public int RunCount => _runs.Count;

    public void Record(JobContext context, DateTimeOffset at) => _runs.Enqueue((context.JobId, context.Attempt, at));
}

public sealed record CountingJob(int Number) : IJobPayload
{
    public static string JobType => "test.counting";
}

public sealed class CountingJobHandler(JobLog log, TimeProvider clock) : IJobHandler<CountingJob>
{
    public Task HandleAsync(CountingJob payload, JobContext context, CancellationToken cancellationToken)
    {
        log.Record(context, clock.GetUtcNow());
        log.CountsByNumber.AddOrUpdate(payload.Number, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

/// <summary>Fails its first <see cref="Failures"/> attempts (all of them when negative).</summary>
public sealed record FlakyJob(int Failures) : IJobPayload
{
    public static string JobType => "test.flaky";
}

public sealed class FlakyJobHandler(JobLog log, TimeProvider clock) : IJobHandler<FlakyJob>
{
    public Task HandleAsync(FlakyJob payload, JobContext context, CancellationToken cancellationToken)
    {
        log.Record(context, clock.GetUtcNow());
        if (payload.Failures < 0 || context.Attempt <= payload.Failures)
        {
            throw new InvalidOperationException($"flaky failure on attempt {context.Attempt}");
        }

        return Task.CompletedTask;
    }
}

/// <summary>On its first attempt, signals <see cref="JobLog.Started"/> and waits for <see cref="JobLog.Gate"/>.</summary>
public sealed record BlockingJob(bool HonourCancellation) : IJobPayload
{
    public static string JobType => "test.blocking";
}

public sealed class BlockingJobHandler(JobLog log, TimeProvider clock) : IJobHandler<BlockingJob>
{
    public async Task HandleAsync(BlockingJob payload, JobContext context, CancellationToken cancellationToken)
    {
        log.Record(context, clock.GetUtcNow());
        if (context.Attempt == 1)
        {
            log.Started.TrySetResult();
            await log.Gate.Task.WaitAsync(payload.HonourCancellation ? cancellationToken : CancellationToken.None);
        }
    }
}

public enum CommandEnding
{
    Commit = 0,
    FailedResult = 1,
    Exception = 2,
}

/// <summary>A command that enqueues a job, then commits, fails or throws.</summary>
public sealed record EnqueueInCommandCommand(int Number, CommandEnding Ending) : ICommand;

public sealed class EnqueueInCommandCommandHandler(IJobQueue jobs) : IRequestHandler<EnqueueInCommandCommand, Result>
{
    public async Task<Result> Handle(EnqueueInCommandCommand request, CancellationToken cancellationToken)
    {
        await jobs.EnqueueAsync(new CountingJob(request.Number), null, cancellationToken);
        return request.Ending switch
        {
            CommandEnding.FailedResult => Result.Failure(Error.Conflict("Test.Refused", "refused after enqueuing")),
            CommandEnding.Exception => throw new InvalidOperationException("thrown after enqueuing"),
            _ => Result.Success(),
        };
    }
}
