using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.UnitTests.Behaviors;

public class CachingBehaviorPassThrough
{
    private readonly FakeCache _cache = new();

    [Fact]
    public async Task Handle_Should_CallNextWithoutTouchingTheCache_When_QueryIsNotCached()
    {
        var behavior = new CachingBehavior<TestQuery, Result<int>>(_cache);
        var next = new Next<Result<int>>(4);

        var result = await behavior.Handle(new TestQuery(), CancellationToken.None, next.Delegate);

        result.Value.ShouldBe(4);
        next.Calls.ShouldBe(1);
        _cache.Reads.ShouldBe(0);
    }

    [Fact]
    public async Task Handle_Should_CallNextWithoutTouchingTheCache_When_ResponseHasNoValue()
    {
        var behavior = new CachingBehavior<TestCachedPlainCommand, Result>(_cache);
        var next = new Next<Result>(Result.Success());

        await behavior.Handle(new TestCachedPlainCommand(), CancellationToken.None, next.Delegate);

        next.Calls.ShouldBe(1);
        _cache.Reads.ShouldBe(0);
    }
}
