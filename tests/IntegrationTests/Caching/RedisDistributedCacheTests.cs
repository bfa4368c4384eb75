using System.Text;
using AirbnbClone.Infrastructure.Caching;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AirbnbClone.IntegrationTests.Caching;

/// <summary>Behaviour of <see cref="RedisDistributedCache"/> against a real, running Redis.</summary>
public sealed class RedisDistributedCacheTests : IClassFixture<RedisServer>, IDisposable
{
    private readonly RedisServer _server;
    private readonly string _instanceName = $"test-{Guid.NewGuid():N}:";
    private readonly RedisDistributedCache _cache;
    private readonly ConnectionMultiplexer _raw;

    public RedisDistributedCacheTests(RedisServer server)
    {
        _server = server;
        _cache = CreateCache(server, _instanceName);
        _raw = ConnectionMultiplexer.Connect(server.ConnectionString);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _raw.Dispose();
    }

    [Fact]
    public async Task GetAsync_Should_ReturnValue_When_SetAsyncStoredIt()
    {
        var value = Encoding.UTF8.GetBytes("listing 42 ✓");

        await _cache.SetAsync("listing:42", value, new DistributedCacheEntryOptions());

        (await _cache.GetAsync("listing:42")).ShouldBe(value);
    }

    [Fact]
    public void Get_Should_ReturnValue_When_SetStoredIt()
    {
        var value = new byte[] { 0, 1, 2, 255, 0 };

        _cache.Set("bytes", value, new DistributedCacheEntryOptions());

        _cache.Get("bytes").ShouldBe(value);
    }

    [Fact]
    public async Task GetAsync_Should_ReturnEmptyArray_When_EmptyValueStored()
    {
        await _cache.SetAsync("empty", [], new DistributedCacheEntryOptions());

        (await _cache.GetAsync("empty")).ShouldBe([]);
    }

    [Fact]
    public async Task GetAsync_Should_ReturnNull_When_KeyMissing()
    {
        (await _cache.GetAsync("missing")).ShouldBeNull();
        _cache.Get("missing").ShouldBeNull();
    }

    [Fact]
    public async Task SetAsync_Should_ReplaceValue_When_KeyExists()
    {
        await _cache.SetAsync("k", [1], new DistributedCacheEntryOptions());
        await _cache.SetAsync("k", [2, 2], new DistributedCacheEntryOptions());

        (await _cache.GetAsync("k")).ShouldBe(new byte[] { 2, 2 });
    }

    [Fact]
    public async Task GetAsync_Should_ReturnNull_When_KeyExpired()
    {
        await _cache.SetAsync("relative", [1], new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(400),
        });

        (await _cache.GetAsync("relative")).ShouldNotBeNull();
        await Task.Delay(500);
        await EventuallyAsync(async () => await _cache.GetAsync("relative") is null);
        (await _raw.GetDatabase().KeyExistsAsync(_instanceName + "relative")).ShouldBeFalse();
    }

    [Fact]
    public async Task GetAsync_Should_ReturnNull_When_AbsoluteExpirationPassed()
    {
        await _cache.SetAsync("absolute", [1], new DistributedCacheEntryOptions
        {
            AbsoluteExpiration = DateTimeOffset.UtcNow.AddMilliseconds(400),
        });

        (await _cache.GetAsync("absolute")).ShouldNotBeNull();
        await Task.Delay(500);
        await EventuallyAsync(async () => await _cache.GetAsync("absolute") is null);
    }

    [Fact]
    public void Get_Should_ReturnNull_When_KeyExpired()
    {
        _cache.Set("sync-expiring", [1], new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(300),
        });

        _cache.Get("sync-expiring").ShouldNotBeNull();
        Thread.Sleep(400);
        Eventually(() => _cache.Get("sync-expiring") is null);
    }

    [Fact]
    public async Task SetAsync_Should_Throw_When_AbsoluteExpirationInThePast()
    {
        var options = new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddMinutes(-1) };

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => _cache.SetAsync("past", [1], options));
        Should.Throw<ArgumentOutOfRangeException>(() => _cache.Set("past", [1], options));
    }

    [Fact]
    public async Task SetAsync_Should_ArmKeyTtl_When_ExpirationsGiven()
    {
        await _cache.SetAsync("abs", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(60) });
        await _cache.SetAsync("sld", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(30) });
        await _cache.SetAsync("both", [1], new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(20),
            SlidingExpiration = TimeSpan.FromSeconds(30),
        });
        await _cache.SetAsync("none", [1], new DistributedCacheEntryOptions());

        (await TtlAsync("abs"))!.Value.ShouldBeInRange(TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(60));
        (await TtlAsync("sld"))!.Value.ShouldBeInRange(TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
        (await TtlAsync("both"))!.Value.ShouldBeInRange(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20));
        (await TtlAsync("none")).ShouldBeNull();
    }

    [Fact]
    public async Task SetAsync_Should_RemovePreviousTtl_When_OverwrittenWithoutExpiration()
    {
        await _cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(60) });

        await _cache.SetAsync("k", [2], new DistributedCacheEntryOptions());

        (await TtlAsync("k")).ShouldBeNull();
    }

    [Fact]
    public async Task GetAsync_Should_ExtendTtl_When_SlidingExpirationSet()
    {
        await _cache.SetAsync("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(10) });
        await Task.Delay(1200);
        (await TtlAsync("sliding"))!.Value.ShouldBeLessThan(TimeSpan.FromSeconds(9));

        (await _cache.GetAsync("sliding")).ShouldNotBeNull();

        (await TtlAsync("sliding"))!.Value.ShouldBeGreaterThan(TimeSpan.FromSeconds(9.5));
    }

    [Fact]
    public async Task Get_Should_ExtendTtl_When_SlidingExpirationSet()
    {
        _cache.Set("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(10) });
        await Task.Delay(1200);

        _cache.Get("sliding").ShouldNotBeNull();

        (await TtlAsync("sliding"))!.Value.ShouldBeGreaterThan(TimeSpan.FromSeconds(9.5));
    }

    [Fact]
    public async Task RefreshAsync_Should_ExtendTtl_When_SlidingExpirationSet()
    {
        await _cache.SetAsync("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(10) });
        await Task.Delay(1200);
        (await TtlAsync("sliding"))!.Value.ShouldBeLessThan(TimeSpan.FromSeconds(9));

        await _cache.RefreshAsync("sliding");

        (await TtlAsync("sliding"))!.Value.ShouldBeGreaterThan(TimeSpan.FromSeconds(9.5));
    }

    [Fact]
    public async Task Refresh_Should_ExtendTtl_When_SlidingExpirationSet()
    {
        _cache.Set("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(10) });
        await Task.Delay(1200);

        _cache.Refresh("sliding");

        (await TtlAsync("sliding"))!.Value.ShouldBeGreaterThan(TimeSpan.FromSeconds(9.5));
    }

    [Fact]
    public async Task GetAsync_Should_NotExtendPastAbsoluteExpiration_When_SlidingAndAbsoluteSet()
    {
        await _cache.SetAsync("capped", [1], new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(3),
            SlidingExpiration = TimeSpan.FromSeconds(60),
        });
        await Task.Delay(1000);

        (await _cache.GetAsync("capped")).ShouldNotBeNull();
        await _cache.RefreshAsync("capped");

        (await TtlAsync("capped"))!.Value.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(2.1));
    }

    [Fact]
    public async Task RefreshAsync_Should_LeaveTtlAlone_When_NoSlidingExpiration()
    {
        await _cache.SetAsync("absolute", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(5) });
        await Task.Delay(1200);

        await _cache.RefreshAsync("absolute");
        (await _cache.GetAsync("absolute")).ShouldNotBeNull();

        (await TtlAsync("absolute"))!.Value.ShouldBeLessThan(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task RefreshAsync_Should_DoNothing_When_KeyMissing()
    {
        await _cache.RefreshAsync("missing");
        _cache.Refresh("missing");

        (await _raw.GetDatabase().KeyExistsAsync(_instanceName + "missing")).ShouldBeFalse();
    }

    [Fact]
    public async Task GetAsync_Should_KeepEntry_When_ReadWithinSlidingWindow_And_ReturnNull_When_NotRead()
    {
        await _cache.SetAsync("window", [7], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(2) });

        await Task.Delay(1200);
        (await _cache.GetAsync("window")).ShouldNotBeNull();
        await Task.Delay(1200);

        // 2.4 s after Set, longer than the window: alive only because the read re-armed it.
        (await _cache.GetAsync("window")).ShouldNotBeNull();
        await Task.Delay(2100);
        await EventuallyAsync(async () => await _cache.GetAsync("window") is null);
    }

    [Fact]
    public async Task RemoveAsync_Should_DeleteEntry()
    {
        await _cache.SetAsync("a", [1], new DistributedCacheEntryOptions());
        _cache.Set("b", [2], new DistributedCacheEntryOptions());

        await _cache.RemoveAsync("a");
        _cache.Remove("b");

        (await _cache.GetAsync("a")).ShouldBeNull();
        _cache.Get("b").ShouldBeNull();
        await _cache.RemoveAsync("never-set");
    }

    [Fact]
    public async Task SetAsync_Should_PrefixKeysWithInstanceName()
    {
        await _cache.SetAsync("listing:7", [9, 8], new DistributedCacheEntryOptions());

        var database = _raw.GetDatabase();
        (await database.KeyExistsAsync(_instanceName + "listing:7")).ShouldBeTrue();
        (await database.KeyExistsAsync("listing:7")).ShouldBeFalse();
        ((byte[]?)await database.HashGetAsync(_instanceName + "listing:7", "data")).ShouldBe(new byte[] { 9, 8 });
    }

    [Fact]
    public async Task PingAsync_Should_ReturnTrue_When_ServerRunning()
    {
        (await _cache.PingAsync()).ShouldBeTrue();
        _cache.IsCircuitOpen.ShouldBeFalse();
    }

    [Fact]
    public async Task GetAsync_Should_Throw_When_TokenAlreadyCancelled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => _cache.GetAsync("k", cts.Token));
        await Should.ThrowAsync<OperationCanceledException>(() => _cache.SetAsync("k", [1], new DistributedCacheEntryOptions(), cts.Token));
        _cache.IsCircuitOpen.ShouldBeFalse();
    }

    [Fact]
    public async Task SetAsync_GetAsync_Should_RoundTrip_When_50ParallelCallersOnFreshCache()
    {
        // Fresh instance: the parallel first calls also race on the lazy connect.
        using var cache = CreateCache(_server, _instanceName);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            await Task.Yield();
            var value = Encoding.UTF8.GetBytes($"value-{i}");
            await cache.SetAsync($"parallel:{i}", value, new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) });
            return (Expected: value, Actual: await cache.GetAsync($"parallel:{i}"));
        }));

        results.ShouldAllBe(r => r.Actual != null && r.Actual.SequenceEqual(r.Expected));
        cache.IsCircuitOpen.ShouldBeFalse();
    }

    [Fact]
    public void Set_Get_Should_RoundTrip_When_50ParallelSyncCallers()
    {
        var logger = new CapturingLogger<RedisDistributedCache>();
        using var cache = CreateCache(_server, _instanceName, logger: logger);
        var mismatches = 0;

        Parallel.For(0, 50, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var value = BitConverter.GetBytes(i);
            cache.Set($"sync-parallel:{i}", value, new DistributedCacheEntryOptions());
            if (cache.Get($"sync-parallel:{i}") is not { } actual || !actual.SequenceEqual(value))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        mismatches.ShouldBe(0, string.Join(Environment.NewLine, logger.Entries));
    }

    /// <param name="timeoutMs">
    /// Connect and command timeout. Generous by default: SE.Redis 1.2.6 reads replies on
    /// thread-pool threads, so on a busy 2-core machine running tests in parallel a 250 ms
    /// budget can expire while the reply sits unread in the socket (thread-pool starvation),
    /// which these correctness tests are not about. The fail-open tests pass smaller values.
    /// </param>
    internal static RedisDistributedCache CreateCache(
        RedisServer server,
        string instanceName,
        int retryAfterFailureSeconds = 5,
        CapturingLogger<RedisDistributedCache>? logger = null,
        int timeoutMs = 5000) =>
        new(
            server.ConnectionString,
            Options.Create(new RedisCacheOptions
            {
                InstanceName = instanceName,
                RetryAfterFailureSeconds = retryAfterFailureSeconds,
                ConnectTimeoutMs = timeoutMs,
                SyncTimeoutMs = timeoutMs,
            }),
            logger ?? new CapturingLogger<RedisDistributedCache>());

    internal static async Task EventuallyAsync(Func<Task<bool>> condition, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "condition not met in time");
            await Task.Delay(50);
        }
    }

    private static void Eventually(Func<bool> condition, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "condition not met in time");
            Thread.Sleep(50);
        }
    }

    private Task<TimeSpan?> TtlAsync(string key) => _raw.GetDatabase().KeyTimeToLiveAsync(_instanceName + key);
}
