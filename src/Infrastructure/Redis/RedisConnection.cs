using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AirbnbClone.Infrastructure.Redis;

/// <summary>
/// The node's one <see cref="IConnectionMultiplexer"/>, shared by the cache (L2 and backplane), the rate limiter and
/// the failed-login counter. Opened lazily on first use, never at start-up, with <c>AbortOnConnectFail=false</c>: a
/// Redis that is down yields a multiplexer that keeps reconnecting in the background, and commands sent while it is
/// disconnected fail at once (<see cref="BacklogPolicy.FailFast"/>) instead of queueing until their timeout.
/// </summary>
public sealed partial class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;

    public RedisConnection(string connectionString, IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _logger = logger;
        _configuration = ConfigurationOptions.Parse(connectionString);
        _configuration.AbortOnConnectFail = false;
        _configuration.ConnectTimeout = settings.ConnectTimeoutMs;
        _configuration.SyncTimeout = settings.SyncTimeoutMs;
        _configuration.AsyncTimeout = settings.SyncTimeoutMs;
        _configuration.ConnectRetry = 1;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        InstanceName = settings.InstanceName;
        _connection = new Lazy<Task<IConnectionMultiplexer>>(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Prefix of every key and channel this application uses.</summary>
    public string InstanceName { get; }

    /// <summary>The multiplexer, connected or (Redis down) reconnecting in the background. Never throws for an unreachable Redis.</summary>
    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    /// <summary>True when Redis answers a PING within the command timeout.</summary>
    public async Task<bool> PingAsync()
    {
        try
        {
            var connection = await GetAsync();
            await connection.GetDatabase().PingAsync();
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            var connection = await _connection.Value;
            await connection.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }

    private async Task<IConnectionMultiplexer> ConnectAsync()
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(_configuration);
        connection.ConnectionFailed += (_, e) => LogConnectionFailed(e.EndPoint, e.FailureType);
        connection.ConnectionRestored += (_, e) => LogConnectionRestored(e.EndPoint);
        if (!connection.IsConnected)
        {
            LogStartedDisconnected(_configuration.EndPoints.FirstOrDefault());
        }

        return connection;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} lost ({FailureType}): answering from PostgreSQL and counting limits in process until it is back")]
    private partial void LogConnectionFailed(System.Net.EndPoint? endPoint, ConnectionFailureType failureType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {EndPoint} restored")]
    private partial void LogConnectionRestored(System.Net.EndPoint? endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {EndPoint} is not reachable yet; reconnecting in the background")]
    private partial void LogStartedDisconnected(System.Net.EndPoint? endPoint);
}
