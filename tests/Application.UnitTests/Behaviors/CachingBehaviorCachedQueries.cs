using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class CachingBehaviorCachedQueries
{
    private readonly FakeCache _cache = new();
    private readonly CachingBehavior<TestCachedQuery, Result<TestDto>> _behavior;

    public CachingBehaviorCachedQueries() => _behavior = new CachingBehavior<TestCachedQuery, Result<TestDto>>(_cache);

    [Fact]
    public async Task Handle_Should_CallNextAndStoreTheValueWithTheQueryExpirationAndTags_When_CacheMisses()
    {
        var next = new Next<Result<TestDto>>(new TestDto("Loft", 3));

        var result = await _behavior.Handle(new TestCachedQuery("k:1", TimeSpan.FromMinutes(5), "t:a", "t:b"), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        result.Value.ShouldBe(new TestDto("Loft", 3));
        var (key, entry) = _cache.Stored.ShouldHaveSingleItem();
        key.ShouldBe("k:1");
        entry.Expiration.ShouldBe(TimeSpan.FromMinutes(5));
        entry.Tags.ShouldBe(["t:a", "t:b"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Handle_Should_PassTheQuerysLocalOnlyChoiceToTheCache(bool localOnly)
    {
        var behavior = new CachingBehavior<TestLocalCachedQuery, Result<TestDto>>(_cache);

        await behavior.Handle(new TestLocalCachedQuery(localOnly), CancellationToken.None, new Next<Result<TestDto>>(new TestDto("Loft", 3)).Delegate);

        _cache.Stored.ShouldHaveSingleItem().Entry.LocalOnly.ShouldBe(localOnly);
    }

    [Fact]
    public async Task Handle_Should_StoreForOneMinute_When_QueryHasNoExpiration()
    {
        await _behavior.Handle(new TestCachedQuery("k:2"), CancellationToken.None, new Next<Result<TestDto>>(new TestDto("Loft", 3)).Delegate);

        _cache.Stored.ShouldHaveSingleItem().Entry.Expiration.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Handle_Should_ReturnTheCachedValueWithoutCallingNext_When_CacheHits()
    {
        _cache.Put("k:3", new TestDto("Cached", 9), new CacheEntrySettings(TimeSpan.FromMinutes(1), []));
        var next = new Next<Result<TestDto>>(new TestDto("Fresh", 1));

        var result = await _behavior.Handle(new TestCachedQuery("k:3"), CancellationToken.None, next.Delegate);

        result.IsSuccess.ShouldBeTrue();
        result.Value.ShouldBe(new TestDto("Cached", 9));
        next.WasCalled.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheFailureAndStoreNothing_When_HandlerFails()
    {
        var failure = Error.NotFound("Test.Missing", "Not there.");
        var next = new Next<Result<TestDto>>(failure);

        var result = await _behavior.Handle(new TestCachedQuery("k:4"), CancellationToken.None, next.Delegate);

        result.Error.ShouldBe(failure);
        next.Calls.ShouldBe(1);
        _cache.Stored.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_ServeTheSecondCallFromTheCache_When_TheFirstStoredIt()
    {
        var next = new Next<Result<TestDto>>(new TestDto("Loft", 3));

        var first = await _behavior.Handle(new TestCachedQuery("k:5"), CancellationToken.None, next.Delegate);
        var second = await _behavior.Handle(new TestCachedQuery("k:5"), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        second.Value.ShouldBe(first.Value);
    }

    [Fact]
    public async Task Handle_Should_ReadTheHandlerAgain_When_ATagOfTheStoredAnswerWasInvalidated()
    {
        var query = new TestCachedQuery("k:6", null, "listing:1");
        await _behavior.Handle(query, CancellationToken.None, new Next<Result<TestDto>>(new TestDto("v1", 1)).Delegate);
        await _cache.InvalidateTagsAsync(["listing:1"], CancellationToken.None);
        var next = new Next<Result<TestDto>>(new TestDto("v2", 2));

        var result = await _behavior.Handle(query, CancellationToken.None, next.Delegate);

        result.Value.Name.ShouldBe("v2");
        next.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Handle_Should_CallNextEveryTime_When_TheAnswerIsAValueType()
    {
        var behavior = new CachingBehavior<TestCachedCountQuery, Result<int>>(_cache);
        var next = new Next<Result<int>>(7);

        await behavior.Handle(new TestCachedCountQuery(), CancellationToken.None, next.Delegate);
        var result = await behavior.Handle(new TestCachedCountQuery(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(7);
        next.Calls.ShouldBe(2);
        _cache.Reads.ShouldBe(0);
    }
}
