using AirbnbClone.Infrastructure.RateLimiting;

namespace AirbnbClone.IntegrationTests.RateLimiting.Counters;

/// <summary>Unit tests (no server): the in-process fixed windows, a node's counters without Redis or while it is down.</summary>
public sealed class LocalWindowCountersTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task HitAsync_Should_AdmitUpToTheLimitThenRefuseWithTheTimeLeft_When_TheWindowIsOpen()
    {
        var counters = new LocalWindowCounters(_clock);
        for (var i = 1; i <= 3; i++)
        {
            (await counters.HitAsync("k", 3, Window, default)).ShouldBe(new WindowHit(true, i, Window));
        }

        _clock.Advance(TimeSpan.FromSeconds(20));
        (await counters.HitAsync("k", 3, Window, default)).ShouldBe(new WindowHit(false, 3, TimeSpan.FromSeconds(40)));
        (await counters.HitAsync("other", 3, Window, default)).Admitted.ShouldBeTrue();
    }

    [Fact]
    public async Task HitAsync_Should_OpenANewWindow_When_TheOldOneHasEnded()
    {
        var counters = new LocalWindowCounters(_clock);
        (await counters.HitAsync("k", 1, Window, default)).Admitted.ShouldBeTrue();
        (await counters.HitAsync("k", 1, Window, default)).Admitted.ShouldBeFalse();

        _clock.Advance(Window);

        (await counters.HitAsync("k", 1, Window, default)).ShouldBe(new WindowHit(true, 1, Window));
    }

    [Fact]
    public async Task HitAsync_Should_AdmitExactlyTheLimit_When_HitsArriveInParallel()
    {
        var counters = new LocalWindowCounters(_clock);

        var hits = await Task.WhenAll(Enumerable.Range(0, 2_000).Select(_ => Task.Run(async () => await counters.HitAsync("k", 100, Window, default))));

        hits.Count(h => h.Admitted).ShouldBe(100);
        hits.Max(h => h.Count).ShouldBe(100);
    }

    [Fact]
    public async Task ResetAsync_Should_ForgetTheWindow()
    {
        var counters = new LocalWindowCounters(_clock);
        (await counters.HitAsync("k", 1, Window, default)).Admitted.ShouldBeTrue();

        await counters.ResetAsync("k", default);

        (await counters.HitAsync("k", 1, Window, default)).ShouldBe(new WindowHit(true, 1, Window));
    }
}
