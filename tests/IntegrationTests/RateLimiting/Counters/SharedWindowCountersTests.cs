using AirbnbClone.Infrastructure.RateLimiting;
using AirbnbClone.Infrastructure.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AirbnbClone.IntegrationTests.RateLimiting.Counters;

/// <summary>Unit tests (a fake stands in for Redis): the fallback to in-process counters and the circuit breaker.</summary>
public sealed class SharedWindowCountersTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly WindowHit SharedHit = new(true, 7, TimeSpan.FromSeconds(30));

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeSharedCounters _shared = new();
    private readonly LocalWindowCounters _local;
    private readonly SharedWindowCounters _counters;

    public SharedWindowCountersTests()
    {
        _local = new LocalWindowCounters(_clock);
        _counters = new SharedWindowCounters(
            _shared, _local, Options.Create(new RedisOptions { RetryAfterFailureSeconds = 5 }), _clock, NullLogger<SharedWindowCounters>.Instance);
    }

    [Fact]
    public async Task HitAsync_Should_AnswerFromTheSharedCounters_When_TheyAnswer()
    {
        _shared.Answers.Enqueue(() => SharedHit);

        (await _counters.HitAsync("k", 3, Window, default)).ShouldBe(SharedHit);
        (await _local.HitAsync("k", 3, Window, default)).Count.ShouldBe(1, "the in-process counter was not touched");
    }

    [Fact]
    public async Task HitAsync_Should_CountInProcess_When_TheSharedCountersAreUnavailable()
    {
        _shared.Unavailable = () => new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down");

        var first = await _counters.HitAsync("k", 2, Window, default);
        var second = await _counters.HitAsync("k", 2, Window, default);
        var third = await _counters.HitAsync("k", 2, Window, default);

        (first.Admitted, second.Admitted, third.Admitted).ShouldBe((true, true, false));
        third.TimeLeft.ShouldBe(Window);
    }

    [Fact]
    public async Task HitAsync_Should_SkipTheSharedCountersForTheRetryPeriod_When_TheyHaveFailed()
    {
        _shared.Answers.Enqueue(() => throw new RedisTimeoutException("slow", CommandStatus.Sent));
        _shared.Answers.Enqueue(() => SharedHit);

        await _counters.HitAsync("k", 3, Window, default);
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        (await _counters.HitAsync("k", 3, Window, default)).Count.ShouldBe(2, "counted in process while the breaker is open");
        _shared.Hits.ShouldBe(1);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        (await _counters.HitAsync("k", 3, Window, default)).ShouldBe(SharedHit);
        _shared.Hits.ShouldBe(2);
    }

    [Fact]
    public async Task HitAsync_Should_LetTheErrorThrough_When_ItIsNotAnUnavailableRedis()
    {
        _shared.Unavailable = () => new InvalidOperationException("a bug");

        await Should.ThrowAsync<InvalidOperationException>(async () => await _counters.HitAsync("k", 3, Window, default));
    }

    [Fact]
    public async Task ResetAsync_Should_ResetTheSharedAndTheInProcessWindow()
    {
        (await _local.HitAsync("k", 1, Window, default)).Admitted.ShouldBeTrue();

        await _counters.ResetAsync("k", default);

        _shared.Resets.ShouldBe(["k"]);
        (await _local.HitAsync("k", 1, Window, default)).Admitted.ShouldBeTrue();
    }

    /// <summary>Stands in for Redis: answers queued hits, or throws what <see cref="Unavailable"/> makes.</summary>
    private sealed class FakeSharedCounters : IWindowCounters
    {
        public Queue<Func<WindowHit>> Answers { get; } = new();

        public Func<Exception>? Unavailable { get; set; }

        public int Hits { get; private set; }

        public List<string> Resets { get; } = [];

        public ValueTask<WindowHit> HitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken)
        {
            Hits++;
            if (Unavailable is not null)
            {
                throw Unavailable();
            }

            return ValueTask.FromResult(Answers.Dequeue()());
        }

        public ValueTask ResetAsync(string key, CancellationToken cancellationToken)
        {
            Resets.Add(key);
            return ValueTask.CompletedTask;
        }
    }
}
