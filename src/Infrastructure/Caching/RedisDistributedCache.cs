using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>
/// <see cref="IDistributedCache"/> over StackExchange.Redis 1.2.6 (Microsoft's RedisCache needs
/// SE.Redis 2.7+, which does not restore here: see PACKAGES.md), with the same expiration
/// semantics as Microsoft's RedisCache and a fail-open circuit breaker.
/// </summary>
/// <remarks>
/// <para>
/// Storage (same layout as Microsoft's RedisCache, so the entries look familiar in redis-cli):
/// one Redis hash per entry under the key <c>InstanceName + key</c> with the fields
/// <c>absexp</c> (absolute expiration as Unix time in milliseconds, or -1),
/// <c>sldexp</c> (sliding expiration in milliseconds, or -1) and <c>data</c> (the value bytes).
/// Expiry itself is the Redis key's TTL (PEXPIRE): Set arms it to the sliding window capped by
/// the time left to the absolute expiration (or just that time left); Get and Refresh re-arm it
/// to <c>min(sliding, absexp - now)</c> inside the same Lua script that reads the hash, so a read
/// plus refresh is one atomic round trip. Entries without any expiration are persistent.
/// </para>
/// <para>
/// Fail-open: any Redis error, timeout or connection failure makes Get/GetAsync return
/// <see langword="null"/> (a miss) and Set/Remove/Refresh do nothing. A failure also opens a
/// circuit: for <see cref="RedisCacheOptions.RetryAfterFailureSeconds"/> every call skips Redis
/// at once; afterwards one call is let through as a trial, and its success closes the circuit.
/// Logging: one Warning when the circuit opens from the closed state, Debug for failed trials
/// while Redis stays down, one Information when Redis answers again (never one line per call).
/// Only caller cancellation (<see cref="OperationCanceledException"/> with the caller's token
/// cancelled) and argument errors propagate.
/// </para>
/// <para>
/// The connection is opened lazily and thread-safely on first use (never at start-up), with
/// <c>AbortOnConnectFail=false</c> so a Redis that is down at first use yields a multiplexer
/// that keeps reconnecting in the background. Async calls are bounded by
/// <see cref="RedisCacheOptions.SyncTimeoutMs"/> too (SE.Redis 1.x does not time out async
/// commands itself).
/// </para>
/// <para>
/// Caveat: SE.Redis 1.2.6 processes replies on thread-pool threads. When the pool is starved
/// (sync-over-async, or many callers of the sync methods here) replies sit unread, commands time
/// out after SyncTimeoutMs and the circuit opens: the application keeps working, uncached, for
/// RetryAfterFailureSeconds. Prefer the async methods; a host expecting bursts can raise
/// <c>ThreadPool.SetMinThreads</c>.
/// </para>
/// </remarks>
internal sealed partial class RedisDistributedCache : IDistributedCache, IDisposable
{
    private const string AbsoluteExpirationField = "absexp";
    private const string SlidingExpirationField = "sldexp";
    private const string DataField = "data";
    private const long NotPresent = -1;

    // KEYS[1] = key; ARGV[1] = absexp (Unix ms or -1); ARGV[2] = sldexp (ms or -1);
    // ARGV[3] = TTL in ms or -1 (none); ARGV[4] = data.
    // DEL first so a previous TTL or stale field never survives an overwrite.
    private const string SetScript = """
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'absexp', ARGV[1], 'sldexp', ARGV[2], 'data', ARGV[4])
        if ARGV[3] ~= '-1' then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        end
        return 1
        """;

    // KEYS[1] = key; ARGV[1] = now (Unix ms); ARGV[2] = '1' to return the data, '0' to only refresh.
    // Returns nil when the entry does not exist (or its absolute expiration has passed).
    private const string GetAndRefreshScript = """
        local r = redis.call('HMGET', KEYS[1], 'absexp', 'sldexp', 'data')
        if not r[3] then
          return false
        end
        local sld = tonumber(r[2])
        if sld and sld > 0 then
          local ttl = sld
          local abs = tonumber(r[1])
          if abs and abs > 0 then
            local left = abs - tonumber(ARGV[1])
            if left < ttl then
              ttl = left
            end
          end
          if ttl <= 0 then
            redis.call('DEL', KEYS[1])
            return false
          end
          redis.call('PEXPIRE', KEYS[1], math.floor(ttl))
        end
        if ARGV[2] == '1' then
          return r[3]
        end
        return 1
        """;

    // KEYS = entries; answers their data fields in order (false for a missing entry). Expiry is the keys' TTL,
    // so an entry that is still there is valid; sliding expirations are not refreshed by this multi-read.
    private const string GetManyScript = """
        local r = {}
        for i, key in ipairs(KEYS) do
          r[i] = redis.call('HGET', key, 'data')
        end
        return r
        """;

    private static readonly RedisValue ReturnData = "1";
    private static readonly RedisValue RefreshOnly = "0";

    private readonly ConfigurationOptions _configuration;
    private readonly string _instanceName;
    private readonly TimeSpan _commandTimeout;
    private readonly long _retryAfterMs;
    private readonly ILogger<RedisDistributedCache> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _connectLock = new(1, 1);

    private volatile ConnectionMultiplexer? _connection;
    private volatile bool _disposed;

    // Circuit breaker state. _circuitOpen: 0 closed, 1 open. _retryAtMs: Environment.TickCount64
    // before which calls skip Redis while open.
    private int _circuitOpen;
    private long _retryAtMs;

    /// <param name="connectionString">StackExchange.Redis configuration string (ConnectionStrings:Redis).</param>
    /// <param name="options">Cache settings (section "Redis").</param>
    /// <param name="logger">Receives the circuit-breaker log lines.</param>
    /// <param name="timeProvider">Clock for absolute expirations; <see cref="TimeProvider.System"/> when null.</param>
    public RedisDistributedCache(
        string connectionString,
        IOptions<RedisCacheOptions> options,
        ILogger<RedisDistributedCache> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        var settings = options.Value;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.ConnectTimeoutMs, "options.ConnectTimeoutMs");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.SyncTimeoutMs, "options.SyncTimeoutMs");
        ArgumentOutOfRangeException.ThrowIfNegative(settings.RetryAfterFailureSeconds, "options.RetryAfterFailureSeconds");

        _configuration = ConfigurationOptions.Parse(connectionString);
        _configuration.AbortOnConnectFail = false;
        _configuration.ConnectTimeout = settings.ConnectTimeoutMs;
        _configuration.SyncTimeout = settings.SyncTimeoutMs;
        _configuration.ConnectRetry = 1;

        _instanceName = settings.InstanceName ?? string.Empty;
        _commandTimeout = TimeSpan.FromMilliseconds(settings.SyncTimeoutMs);
        _retryAfterMs = settings.RetryAfterFailureSeconds * 1000L;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>True while the circuit is open (the last Redis call failed).</summary>
    public bool IsCircuitOpen => Volatile.Read(ref _circuitOpen) == 1;

    public byte[]? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Guarded(db => ToBytes(db.ScriptEvaluate(GetAndRefreshScript, PrefixedKey(key), GetArgs(ReturnData))), null);
    }

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        token.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return GuardedAsync(
            db => db.ScriptEvaluateAsync(GetAndRefreshScript, PrefixedKey(key), GetArgs(ReturnData)), ToBytes, null, token);
    }

    /// <summary>
    /// Reads the values of several entries in one round trip (one script, so one consistent snapshot). Missing
    /// entries are null; when Redis fails or the circuit is open every value is null (fail-open).
    /// </summary>
    public async Task<byte[]?[]> GetManyAsync(IReadOnlyList<string> keys, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        token.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var none = new byte[]?[keys.Count];
        if (keys.Count == 0)
        {
            return none;
        }

        var redisKeys = keys.Select(k => (RedisKey)(_instanceName + k)).ToArray();
        return await GuardedAsync(
            db => db.ScriptEvaluateAsync(GetManyScript, redisKeys),
            result => ((RedisResult[])result).Select(ToBytes).ToArray(),
            none,
            token).ConfigureAwait(false);
    }

    /// <summary>Like <see cref="SetAsync"/>, but answers true only when Redis confirmed the write.</summary>
    public Task<bool> TrySetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var args = SetArgs(key, value, options);
        token.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return GuardedAsync(db => db.ScriptEvaluateAsync(SetScript, PrefixedKey(key), args), _ => true, false, token);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        var args = SetArgs(key, value, options);
        ObjectDisposedException.ThrowIf(_disposed, this);
        Guarded(db => db.ScriptEvaluate(SetScript, PrefixedKey(key), args), null);
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TrySetAsync(key, value, options, token);

    public void Refresh(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ObjectDisposedException.ThrowIf(_disposed, this);
        Guarded(db => db.ScriptEvaluate(GetAndRefreshScript, PrefixedKey(key), GetArgs(RefreshOnly)), null);
    }

    public Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        token.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return GuardedAsync(
            db => db.ScriptEvaluateAsync(GetAndRefreshScript, PrefixedKey(key), GetArgs(RefreshOnly)), _ => true, false, token);
    }

    public void Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ObjectDisposedException.ThrowIf(_disposed, this);
        Guarded(db => db.KeyDelete(_instanceName + key), false);
    }

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        token.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return GuardedAsync(db => db.KeyDeleteAsync(_instanceName + key), deleted => deleted, false, token);
    }

    /// <summary>
    /// Sends PING to Redis (ignoring the circuit, so it is a real probe; a success closes the
    /// circuit, a failure opens it). Returns false instead of throwing when Redis is unreachable
    /// or slower than <see cref="RedisCacheOptions.SyncTimeoutMs"/>. For health checks.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            var database = await GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
            await WithTimeout(database.PingAsync(), cancellationToken).ConfigureAwait(false);
            OnSuccess();
            return true;
        }
        catch (Exception ex) when (IsFailOpen(ex, cancellationToken))
        {
            OnFailure(ex);
            return false;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection?.Dispose();
        _connectLock.Dispose();
    }

    private static byte[]? ToBytes(RedisResult result) => result.IsNull ? null : (byte[])result;

    private static bool IsFailOpen(Exception exception, CancellationToken token) =>
        !(exception is OperationCanceledException && token.IsCancellationRequested);

    private RedisKey[] PrefixedKey(string key) => [_instanceName + key];

    private RedisValue[] GetArgs(RedisValue mode) =>
        [_timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), mode];

    private RedisValue[] SetArgs(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);

        var now = _timeProvider.GetUtcNow();
        // Same precedence as Microsoft's RedisCache: a past AbsoluteExpiration is an error,
        // AbsoluteExpirationRelativeToNow wins over AbsoluteExpiration.
        if (options.AbsoluteExpiration is { } absoluteExpiration && absoluteExpiration <= now)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                absoluteExpiration,
                "The absolute expiration value must be in the future.");
        }

        DateTimeOffset? absolute = options.AbsoluteExpirationRelativeToNow is { } relative
            ? now + relative
            : options.AbsoluteExpiration;

        TimeSpan? sliding = options.SlidingExpiration;
        TimeSpan? ttl = (absolute, sliding) switch
        {
            ({ } abs, { } sld) => abs - now < sld ? abs - now : sld,
            ({ } abs, null) => abs - now,
            (null, { } sld) => sld,
            _ => null,
        };

        return
        [
            absolute?.ToUnixTimeMilliseconds() ?? NotPresent,
            sliding is { } s ? (long)Math.Ceiling(s.TotalMilliseconds) : NotPresent,
            ttl is { } t ? Math.Max(1L, (long)Math.Ceiling(t.TotalMilliseconds)) : NotPresent,
            value,
        ];
    }

    private IDatabase GetDatabase()
    {
        var connection = _connection;
        if (connection is null)
        {
            _connectLock.Wait();
            try
            {
                connection = _connection ?? Publish(ConnectionMultiplexer.Connect(_configuration.Clone()));
            }
            finally
            {
                _connectLock.Release();
            }
        }

        return connection.GetDatabase();
    }

    private async ValueTask<IDatabase> GetDatabaseAsync(CancellationToken token)
    {
        var connection = _connection;
        if (connection is null)
        {
            await _connectLock.WaitAsync(token).ConfigureAwait(false);
            try
            {
                connection = _connection
                    ?? Publish(await ConnectionMultiplexer.ConnectAsync(_configuration.Clone()).ConfigureAwait(false));
            }
            finally
            {
                _connectLock.Release();
            }
        }

        return connection.GetDatabase();
    }

    private ConnectionMultiplexer Publish(ConnectionMultiplexer connection)
    {
        if (_disposed)
        {
            connection.Dispose();
            throw new ObjectDisposedException(nameof(RedisDistributedCache));
        }

        // 1.x default (true) runs every async completion on one ordered queue: needless here.
        connection.PreserveAsyncOrder = false;
        _connection = connection;
        return connection;
    }

    private async Task<T> WithTimeout<T>(Task<T> task, CancellationToken token)
    {
        try
        {
            return await task.WaitAsync(_commandTimeout, token).ConfigureAwait(false);
        }
        catch when (!task.IsCompleted)
        {
            // The command may still fail later: observe it so it never surfaces as an
            // unobserved task exception.
            _ = task.ContinueWith(
                static t => _ = t.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>False while the circuit is open and no trial is due.</summary>
    /// <summary>
    /// The one guard every synchronous call goes through: skip Redis while the circuit is open, run the command,
    /// and on any Redis failure record it and answer <paramref name="fallback"/> (fail-open).
    /// </summary>
    private T Guarded<T>(Func<IDatabase, T> command, T fallback)
    {
        if (!TryEnterCircuit())
        {
            return fallback;
        }

        try
        {
            var result = command(GetDatabase());
            OnSuccess();
            return result;
        }
        catch (Exception ex) when (IsFailOpen(ex, CancellationToken.None))
        {
            OnFailure(ex);
            return fallback;
        }
    }

    /// <summary>The asynchronous guard: also cuts the command off after the sync timeout (SE.Redis 1.x does not).</summary>
    private async Task<T> GuardedAsync<TRaw, T>(Func<IDatabase, Task<TRaw>> command, Func<TRaw, T> map, T fallback, CancellationToken token)
    {
        if (!TryEnterCircuit())
        {
            return fallback;
        }

        try
        {
            var database = await GetDatabaseAsync(token).ConfigureAwait(false);
            var raw = await WithTimeout(command(database), token).ConfigureAwait(false);
            OnSuccess();
            return map(raw);
        }
        catch (Exception ex) when (IsFailOpen(ex, token))
        {
            OnFailure(ex);
            return fallback;
        }
    }

    private bool TryEnterCircuit()
    {
        if (Volatile.Read(ref _circuitOpen) == 0)
        {
            return true;
        }

        var retryAt = Interlocked.Read(ref _retryAtMs);
        var now = Environment.TickCount64;
        if (now < retryAt)
        {
            return false;
        }

        // Trial due: let exactly one caller through by pushing the retry time forward; the
        // others keep skipping Redis until the trial succeeds (closes) or fails (re-opens).
        // With RetryAfterFailureSeconds = 0 every call is a trial.
        return _retryAfterMs == 0
            || Interlocked.CompareExchange(ref _retryAtMs, now + _retryAfterMs, retryAt) == retryAt;
    }

    private void OnSuccess()
    {
        if (Volatile.Read(ref _circuitOpen) == 1 && Interlocked.Exchange(ref _circuitOpen, 0) == 1)
        {
            LogRedisRecovered(_logger);
        }
    }

    private void OnFailure(Exception exception)
    {
        Interlocked.Exchange(ref _retryAtMs, Environment.TickCount64 + _retryAfterMs);
        if (Interlocked.Exchange(ref _circuitOpen, 1) == 0)
        {
            LogRedisUnavailable(_logger, exception, _retryAfterMs / 1000);
        }
        else
        {
            LogRedisStillUnavailable(_logger, exception.Message);
        }
    }

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Warning,
        Message = "Redis cache unavailable: serving cache misses and dropping writes, next attempt in {RetryAfterSeconds} s")]
    private static partial void LogRedisUnavailable(ILogger logger, Exception exception, long retryAfterSeconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Redis cache reachable again")]
    private static partial void LogRedisRecovered(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Redis cache still unavailable: {Reason}")]
    private static partial void LogRedisStillUnavailable(ILogger logger, string reason);
}
