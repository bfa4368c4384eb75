using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class CachingBehaviorCachedQueries
{
    private readonly ICacheService _cache = Substitute.For<ICacheService>();
    private readonly CachingBehavior<TestCachedQuery, Result<TestDto>> _behavior;

    public CachingBehaviorCachedQueries()
    {
        // A substitute answers "" for a string by default; an empty cache answers null.
        _cache.GetAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns((string?)null);
        _behavior = new CachingBehavior<TestCachedQuery, Result<TestDto>>(_cache);
    }

    [Fact]
    public async Task Handle_Should_CallNextAndStoreTheValueAsJsonWithTheQueryExpiration_When_CacheMisses()
    {
        var next = new Next<Result<TestDto>>(new TestDto("Loft", 3));

        var result = await _behavior.Handle(new TestCachedQuery("k:1", TimeSpan.FromMinutes(5)), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        result.Value.ShouldBe(new TestDto("Loft", 3));
        await _cache.Received(1).SetAsync("k:1", """{"name":"Loft","count":3}""", TimeSpan.FromMinutes(5), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_StoreForOneMinute_When_QueryHasNoExpiration()
    {
        var next = new Next<Result<TestDto>>(new TestDto("Loft", 3));

        await _behavior.Handle(new TestCachedQuery("k:2"), CancellationToken.None, next.Delegate);

        CachingBehavior<TestCachedQuery, Result<TestDto>>.DefaultExpiration.ShouldBe(TimeSpan.FromMinutes(1));
        await _cache.Received(1).SetAsync("k:2", Arg.Any<string>(), TimeSpan.FromMinutes(1), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_ReturnTheCachedValueWithoutCallingNext_When_CacheHits()
    {
        _cache.GetAsync("k:3", Arg.Any<CancellationToken>()).Returns("""{"name":"Cached","count":9}""");
        var next = new Next<Result<TestDto>>(new TestDto("Fresh", 1));

        var result = await _behavior.Handle(new TestCachedQuery("k:3"), CancellationToken.None, next.Delegate);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(new TestDto("Cached", 9));
        next.WasCalled.ShouldBeFalse();
        await _cache.DidNotReceive().SetAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<TimeSpan>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_NotStoreTheAnswer_When_HandlerFails()
    {
        var failure = Error.NotFound("Test.Missing", "Not there.");
        var next = new Next<Result<TestDto>>(failure);

        var result = await _behavior.Handle(new TestCachedQuery("k:4"), CancellationToken.None, next.Delegate);

        result.Error.ShouldBe(failure);
        await _cache.DidNotReceive().SetAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<TimeSpan>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_ServeTheSecondCallFromTheCache_When_TheFirstStoredIt()
    {
        var stored = new Dictionary<string, string>();
        _cache.GetAsync(Arg.Any<string>(), Arg.Any<CancellationToken>())
            .Returns(call => stored.GetValueOrDefault(call.Arg<string>()));
        _cache.When(c => c.SetAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<TimeSpan>(), Arg.Any<CancellationToken>()))
            .Do(call => stored[call.ArgAt<string>(0)] = call.ArgAt<string>(1));
        var next = new Next<Result<TestDto>>(new TestDto("Loft", 3));

        var first = await _behavior.Handle(new TestCachedQuery("k:5"), CancellationToken.None, next.Delegate);
        var second = await _behavior.Handle(new TestCachedQuery("k:5"), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        second.Value.ShouldBe(first.Value);
    }

    // BUG in src/Application/Abstractions/Behaviors/CachingBehavior.cs: JsonSerializer.Deserialize of a cached entry
    // is not guarded, so an unreadable entry (corrupt, or written by an older shape of the response before a deploy)
    // throws JsonException on every call until it expires, instead of failing open like the rest of the cache.
    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"name":"Loft","count":"three"}""")] // written by an older shape of the response
    public async Task Handle_Should_TreatTheEntryAsAMiss_When_CachedJsonCannotBeRead(string cached)
    {
        _cache.GetAsync("k:6", Arg.Any<CancellationToken>()).Returns(cached);
        var next = new Next<Result<TestDto>>(new TestDto("Loft", 3));

        var result = await _behavior.Handle(new TestCachedQuery("k:6"), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(new TestDto("Loft", 3));
        next.Calls.ShouldBe(1);
    }
}
