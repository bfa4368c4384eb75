using System.Globalization;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Infrastructure.Redis;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace AirbnbClone.Infrastructure.Authentication;

/// <summary>
/// Session state read on every authenticated request: one Redis GET of <c>session:{sid}</c> ("1" alive, "0" ended),
/// shared by every node, never the two-level cache (its L1 copies reach other nodes late, ADR 0010). A miss, or Redis
/// being down, reads the primary database (the session's first refresh token and its account) and, when Redis
/// answers, stores the answer with SET NX, so it can never overwrite an "ended" written meanwhile. An end is written
/// unconditionally after its transaction commits. "Alive" is kept <see cref="AliveSeconds"/> only: should Redis miss
/// an end (down at that moment, but its keys survive), a stale "alive" outlives it by at most that long.
/// After a Redis failure the database answers alone for <see cref="RedisOptions.RetryAfterFailureSeconds"/>.
/// </summary>
internal sealed partial class SessionRegistry(
    RedisConnection? redis,
    NpgsqlDataSource database,
    IOptions<JwtOptions> jwtOptions,
    IOptions<RedisOptions> redisOptions,
    TimeProvider clock,
    ILogger<SessionRegistry> logger) : ISessionRegistry
{
    /// <summary>How long Redis keeps an "alive" answer read from the database.</summary>
    public const int AliveSeconds = 30;

    private const string Alive = "1";
    private const string Ended = "0";

    // The family id is its first token's id; ending a session revokes every token of the family, that one included.
    private const string ActiveSql = """
        SELECT t.revoked_at IS NULL AND u.deleted_at IS NULL
        FROM refresh_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = @SessionId AND t.user_id = @UserId
        """;

    private static readonly TimeSpan AliveFor = TimeSpan.FromSeconds(AliveSeconds);

    private readonly TimeSpan _skipAfterFailure = TimeSpan.FromSeconds(redisOptions.Value.RetryAfterFailureSeconds);
    private readonly string _prefix = redisOptions.Value.InstanceName + "session:";
    private long _skipUntilTicks;

    public async Task<bool> IsActiveAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var key = Key(sessionId);
        var db = await RedisAsync();
        if (db is not null)
        {
            try
            {
                var cached = await db.StringGetAsync(key);
                if (cached.HasValue)
                {
                    return cached == Alive;
                }
            }
            catch (Exception exception) when (IsUnavailable(exception))
            {
                Trip(exception);
                db = null;
            }
        }

        var active = await ReadDatabaseAsync(userId, sessionId, cancellationToken);
        if (db is not null)
        {
            try
            {
                await db.StringSetAsync(key, active ? Alive : Ended, active ? AliveFor : EndedFor, When.NotExists);
            }
            catch (Exception exception) when (IsUnavailable(exception))
            {
                Trip(exception);
            }
        }

        return active;
    }

    public async Task MarkEndedAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        // Not skipped while the circuit is open: an end is worth one more try, and a failure costs one timeout here only.
        if (redis is null || sessionIds.Count == 0)
        {
            return;
        }

        try
        {
            var db = (await redis.GetAsync()).GetDatabase();
            await Task.WhenAll(sessionIds.Select(id => db.StringSetAsync(Key(id), Ended, EndedFor)));
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            Trip(exception);
            LogEndNotShared(exception, sessionIds.Count, AliveSeconds);
        }
    }

    private async Task<bool> ReadDatabaseAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
            ActiveSql, new { SessionId = sessionId, UserId = userId }, cancellationToken: cancellationToken)) ?? false;
    }

    private async Task<IDatabase?> RedisAsync()
    {
        if (redis is null || clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _skipUntilTicks))
        {
            return null;
        }

        var connection = await redis.GetAsync();
        return connection.IsConnected ? connection.GetDatabase() : null;
    }

    // An ended session matters while its last access token can still be valid (lifetime plus the validator's skew).
    // Read on use: without Redis (a worker-only host) the JWT settings need not exist.
    private TimeSpan EndedFor => TimeSpan.FromMinutes(jwtOptions.Value.AccessTokenMinutes + 1);

    private RedisKey Key(Guid sessionId) => _prefix + sessionId.ToString("N", CultureInfo.InvariantCulture);

    private static bool IsUnavailable(Exception exception) =>
        exception is RedisException or TimeoutException or ObjectDisposedException;

    private void Trip(Exception exception)
    {
        Interlocked.Exchange(ref _skipUntilTicks, (clock.GetUtcNow() + _skipAfterFailure).UtcTicks);
        LogRedisUnavailable(exception, _skipAfterFailure.TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer a session check: reading sessions from PostgreSQL for the next {Seconds} s")]
    private partial void LogRedisUnavailable(Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not take the end of {Count} session(s): nodes holding them as alive in Redis may accept their access tokens for up to {Seconds} s more")]
    private partial void LogEndNotShared(Exception exception, int count, int seconds);
}
