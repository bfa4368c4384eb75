using System.Threading.RateLimiting;
using AirbnbClone.Infrastructure.RateLimiting;

namespace AirbnbClone.IntegrationTests.RateLimiting.Counters;

/// <summary>Unit tests (in-process counters): the adapter from counters to ASP.NET Core's rate limiter.</summary>
public sealed class CountingRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_Should_GrantThePermitLimitThenRefuseWithRetryAfter()
    {
        using var limiter = new CountingRateLimiter(new LocalWindowCounters(_clock), "rate-limit:auth:1.2.3.4", 2, TimeSpan.FromMinutes(1));
        using var first = await limiter.AcquireAsync();
        using var second = await limiter.AcquireAsync();
        _clock.Advance(TimeSpan.FromSeconds(15));

        using var third = await limiter.AcquireAsync();

        (first.IsAcquired, second.IsAcquired, third.IsAcquired).ShouldBe((true, true, false));
        third.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).ShouldBeTrue();
        retryAfter.ShouldBe(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public async Task AttemptAcquire_Should_DeferToAcquireAsyncWithoutCounting_When_CountingMayNeedARoundTrip()
    {
        var counters = new LocalWindowCounters(_clock);
        using var limiter = new CountingRateLimiter(new Remote(counters), "k", 1, TimeSpan.FromMinutes(1));

        using var attempt = limiter.AttemptAcquire();

        attempt.IsAcquired.ShouldBeFalse();
        attempt.TryGetMetadata(MetadataName.RetryAfter, out _).ShouldBeFalse();
        (await counters.HitAsync("k", 1, TimeSpan.FromMinutes(1), default)).Admitted.ShouldBeTrue("the attempt counted nothing");
        limiter.IdleDuration.ShouldNotBeNull();
    }

    [Fact]
    public void AttemptAcquire_Should_CountAtOnce_When_TheCountersAreInThisProcess()
    {
        using var limiter = new CountingRateLimiter(new LocalWindowCounters(_clock), "rate-limit:reads:1.2.3.4", 1, TimeSpan.FromMinutes(1), "reads");
        var observation = RateLimitObservation.Begin();

        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();

        (first.IsAcquired, second.IsAcquired).ShouldBe((true, false));
        second.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).ShouldBeTrue();
        retryAfter.ShouldBe(TimeSpan.FromMinutes(1));
        (observation.Policy, observation.Limit, observation.Remaining).ShouldBe(("reads", 1, 0L));
    }

    /// <summary>Counters that are not this process's own (as Redis's are not): the limiter cannot count synchronously.</summary>
    private sealed class Remote(IWindowCounters inner) : IWindowCounters
    {
        public ValueTask<WindowHit> HitAsync(string key, int limit, TimeSpan window, CancellationToken cancellationToken) =>
            inner.HitAsync(key, limit, window, cancellationToken);

        public ValueTask ResetAsync(string key, CancellationToken cancellationToken) => inner.ResetAsync(key, cancellationToken);
    }
}
