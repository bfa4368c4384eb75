using System.Diagnostics;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Infrastructure.Caching;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace AirbnbClone.IntegrationTests.Caching;

/// <summary>
/// The cache port as two API nodes use it: each node its own service provider (its own L1), one real Redis (L2 and
/// backplane) that a test may stop, restart or stall.
/// </summary>
public sealed class TwoLevelCacheTests : IDisposable
{
    private static readonly CacheEntrySettings Minute = new(TimeSpan.FromMinutes(1), ["tag:listing"]);

    // Measured: another node usually drops the entry within milliseconds, but now and then its first backplane message
    // is lost to a race and only the second invalidation (Cache:ReinvalidateAfterMs, 1-1.5 s later) hides it: up to
    // ~1.7 s seen (docs/adr/0010). The 1 s target is missed in that case; the tests bound what is guaranteed.
    private static readonly TimeSpan CrossNodeBound = TimeSpan.FromSeconds(3);

    private readonly RedisServer _redis = new();
    private readonly List<ServiceProvider> _nodes = [];

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        _redis.Dispose();
    }

    [Fact]
    public async Task GetOrCreate_Should_ServeAnotherNodeFromRedis_When_OneNodeFilledIt()
    {
        var (a, b) = (Node(), Node());

        (await ReachesTheOtherNode(a, b, TimeSpan.FromSeconds(5))).ShouldBeTrue("node B never found node A's entry in Redis");
    }

    [Fact]
    public async Task InvalidateTags_Should_HideTheEntryOnTheOtherNodeWithinSeconds_When_CalledOnOneNode()
    {
        var (a, b) = (Node(), Node());
        (await b.GetOrCreateAsync("k:details", _ => Answer("old"), Minute, CancellationToken.None))!.Text.ShouldBe("old");
        (await a.GetOrCreateAsync("k:details", _ => Answer("old"), Minute, CancellationToken.None))!.Text.ShouldBe("old");

        await a.InvalidateTagsAsync(["tag:listing"], CancellationToken.None);
        var seen = await FreshAnswerAsync(b, "k:details", Minute);

        seen.ShouldBe("new", $"node B still served the invalidated entry {CrossNodeBound.TotalSeconds} s after node A's invalidation returned");
        (await a.GetOrCreateAsync("k:details", _ => Answer("newer"), Minute, CancellationToken.None))!.Text.ShouldNotBe("old");
    }

    [Fact]
    public async Task GetOrCreate_Should_KeepALocalOnlyEntryOutOfRedis_AndStillHideItOnEveryNodeWhenItsTagIsInvalidated()
    {
        var (a, b) = (Node(), Node());
        var local = new CacheEntrySettings(TimeSpan.FromMinutes(1), ["tag:local"], LocalOnly: true);
        await a.GetOrCreateAsync("k:local", _ => Answer("from A"), local, CancellationToken.None);
        await Task.Delay(300);

        (await b.GetOrCreateAsync("k:local", _ => Answer("from B's database"), local, CancellationToken.None))!.Text
            .ShouldBe("from B's database", "a local-only entry must not reach another node through Redis");
        (await b.GetOrCreateAsync("k:local", _ => Answer("again"), local, CancellationToken.None))!.Text.ShouldBe("from B's database");

        await a.InvalidateTagsAsync(["tag:local"], CancellationToken.None);
        var seen = await FreshAnswerAsync(b, "k:local", local);

        seen.ShouldBe("new", $"node A's invalidation did not reach node B's local-only entry within {CrossNodeBound.TotalSeconds} s");
    }

    [Fact]
    public async Task InvalidateTags_Should_LeaveEntriesOfOtherTagsCached()
    {
        var a = Node();
        await a.GetOrCreateAsync("k:other", _ => Answer("kept"), new CacheEntrySettings(TimeSpan.FromMinutes(1), ["tag:other"]), CancellationToken.None);

        await a.InvalidateTagsAsync(["tag:listing"], CancellationToken.None);

        (await a.GetOrCreateAsync("k:other", _ => Answer("reread"), Minute, CancellationToken.None))!.Text.ShouldBe("kept");
    }

    [Fact]
    public async Task GetOrCreate_Should_NotStoreANullAnswer()
    {
        var a = Node();
        var calls = 0;

        await a.GetOrCreateAsync("k:missing", _ => { calls++; return Task.FromResult<Cached?>(null); }, Minute, CancellationToken.None);
        await a.GetOrCreateAsync("k:missing", _ => { calls++; return Task.FromResult<Cached?>(null); }, Minute, CancellationToken.None);

        calls.ShouldBe(2);
    }

    [Fact]
    public async Task InvalidateTags_Should_AlsoHideAnAnswerReadBeforeTheCommitAndStoredAfterIt()
    {
        var a = Node(("Cache:ReinvalidateAfterMs", "300"));
        var gate = new TaskCompletionSource();
        var racingRead = a.GetOrCreateAsync("k:race", async _ => { await gate.Task; return new Cached("before the change"); }, Minute, CancellationToken.None);

        await a.InvalidateTagsAsync(["tag:listing"], CancellationToken.None); // the change commits while the read is in flight
        gate.SetResult();
        (await racingRead)!.Text.ShouldBe("before the change");

        var stopwatch = Stopwatch.StartNew();
        string? seen;
        do
        {
            await Task.Delay(50);
            seen = (await a.GetOrCreateAsync("k:race", _ => Answer("after the change"), Minute, CancellationToken.None))!.Text;
        }
        while (seen != "after the change" && stopwatch.Elapsed < TimeSpan.FromSeconds(5));

        seen.ShouldBe("after the change");
    }

    [Fact]
    public async Task GetOrCreate_Should_AnswerFromTheFactoryAndKeepOwnInvalidations_When_RedisIsDown_AndResumeWhenItIsBack()
    {
        var (a, b) = (Node(), Node());
        await a.GetOrCreateAsync("k:outage", _ => Answer("cached before"), Minute, CancellationToken.None);

        _redis.Stop();
        try
        {
            var stopwatch = Stopwatch.StartNew();
            (await a.GetOrCreateAsync("k:fresh", _ => Answer("from the database"), Minute, CancellationToken.None))!.Text.ShouldBe("from the database");
            stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), "a dead Redis must cost at most its short timeout");

            await a.InvalidateTagsAsync(["tag:listing"], CancellationToken.None);
            (await a.GetOrCreateAsync("k:outage", _ => Answer("after the change"), Minute, CancellationToken.None))!.Text.ShouldBe("after the change");
        }
        finally
        {
            _redis.Start();
        }

        // Caching through Redis resumes by itself: a value filled on A reaches B from Redis.
        (await ReachesTheOtherNode(a, b, TimeSpan.FromSeconds(20))).ShouldBeTrue("caching through Redis did not resume within 20 s of Redis restarting");

        // And invalidations reach the other node again (the backplane re-subscribed). Fresh key and tag per attempt:
        // right after a restart one message may still be lost (the cross-node gap in docs/adr/0010).
        var heard = false;
        for (var attempt = 0; attempt < 5 && !heard; attempt++)
        {
            var entry = new CacheEntrySettings(TimeSpan.FromMinutes(1), [$"tag:after:{attempt}"]);
            (await b.GetOrCreateAsync($"k:after:{attempt}", _ => Answer("old"), entry, CancellationToken.None))!.Text.ShouldBe("old");
            await a.InvalidateTagsAsync([$"tag:after:{attempt}"], CancellationToken.None);
            heard = await FreshAnswerAsync(b, $"k:after:{attempt}", entry) == "new";
        }

        heard.ShouldBeTrue("after Redis came back, node A's invalidations never reached node B");
    }

    [Fact]
    public async Task ANodeStartedWhileRedisIsDown_Should_AnswerAtOnce_AndHearInvalidationsOnceRedisIsBack()
    {
        var a = Node();
        _redis.Stop();
        ICacheService late;
        try
        {
            late = Node();
            var stopwatch = Stopwatch.StartNew();
            (await late.GetOrCreateAsync("k:boot", _ => Answer("from the database"), Minute, CancellationToken.None))!.Text.ShouldBe("from the database");
            stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), "a node starting without Redis must not wait for it");
        }
        finally
        {
            _redis.Start();
        }

        // Once both are connected again, an invalidation on A reaches the late node.
        var deadline = Stopwatch.StartNew();
        var heard = false;
        while (!heard && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            var key = $"k:late:{Guid.NewGuid():N}";
            var tag = $"tag:{key}";
            var entry = new CacheEntrySettings(TimeSpan.FromMinutes(1), [tag]);
            await late.GetOrCreateAsync(key, _ => Answer("old"), entry, CancellationToken.None);
            await a.InvalidateTagsAsync([tag], CancellationToken.None);
            await Task.Delay(300);
            heard = (await late.GetOrCreateAsync(key, _ => Answer("new"), entry, CancellationToken.None))!.Text == "new";
        }

        heard.ShouldBeTrue("the node started during the outage never heard an invalidation after Redis came back");
    }

    [Fact]
    public async Task GetOrCreate_Should_NotWaitForAStalledRedis()
    {
        var a = Node();
        await a.GetOrCreateAsync("k:warm", _ => Answer("warm"), Minute, CancellationToken.None);
        using var admin = await ConnectionMultiplexer.ConnectAsync($"{_redis.ConnectionString},allowAdmin=true");
        // Every client's commands wait 3 s (what a Redis busy with a slow command or a fork looks like to callers).
        await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "3000", "ALL");

        await Task.Delay(100);
        var stopwatch = Stopwatch.StartNew();
        var answer = await a.GetOrCreateAsync("k:during-stall", _ => Answer("from the database"), Minute, CancellationToken.None);
        var elapsed = stopwatch.Elapsed;

        answer!.Text.ShouldBe("from the database");
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), "the answer waited for the stalled Redis (3 s) instead of its 250 ms timeout");
    }

    [Fact]
    public async Task GetOrCreate_Should_ServeTheLastAnswer_When_TheFactoryFailsAfterExpiry()
    {
        var a = Node();
        var shortLived = new CacheEntrySettings(TimeSpan.FromMilliseconds(200), ["tag:listing"]);
        await a.GetOrCreateAsync("k:failsafe", _ => Answer("last good"), shortLived, CancellationToken.None);
        await Task.Delay(400);

        var answer = await a.GetOrCreateAsync<Cached>("k:failsafe", _ => throw new InvalidOperationException("database down"), shortLived, CancellationToken.None);

        answer!.Text.ShouldBe("last good");
    }

    [Fact]
    public async Task GetOrCreate_Should_ThrowTheFactorysOwnException_When_NothingIsCached()
    {
        var a = Node();

        var thrown = await Should.ThrowAsync<InvalidOperationException>(
            () => a.GetOrCreateAsync<Cached>("k:nothing", _ => throw new InvalidOperationException("database down"), Minute, CancellationToken.None));

        thrown.Message.ShouldBe("database down");
    }

    private static Task<Cached?> Answer(string text) => Task.FromResult<Cached?>(new Cached(text));

    // Reads the key on the node (its factory answers "new") until the node no longer serves its older copy, at most
    // CrossNodeBound; answers what it served last.
    private static async Task<string?> FreshAnswerAsync(ICacheService node, string key, CacheEntrySettings entry)
    {
        var stopwatch = Stopwatch.StartNew();
        string? seen;
        do
        {
            seen = (await node.GetOrCreateAsync(key, _ => Answer("new"), entry, CancellationToken.None))!.Text;
        }
        while (seen != "new" && stopwatch.Elapsed < CrossNodeBound);

        return seen;
    }

    // A fills a fresh key (its Redis write runs in the background), B reads it: answers whether B got A's value.
    private static async Task<bool> ReachesTheOtherNode(ICacheService a, ICacheService b, TimeSpan within)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < within)
        {
            var key = $"k:shared:{Guid.NewGuid():N}";
            await a.GetOrCreateAsync(key, _ => Answer("from A"), Minute, CancellationToken.None);
            await Task.Delay(200);
            if ((await b.GetOrCreateAsync(key, _ => Answer("from B's database"), Minute, CancellationToken.None))!.Text == "from A")
            {
                return true;
            }
        }

        return false;
    }

    private ICacheService Node(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = _redis.ConnectionString,
            ["Redis:InstanceName"] = "two-level-tests:",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var provider = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddCaching(configuration).BuildServiceProvider();
        _nodes.Add(provider);
        return provider.GetRequiredService<ICacheService>();
    }

    public sealed record Cached(string Text);
}
