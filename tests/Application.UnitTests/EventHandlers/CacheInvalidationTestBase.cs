using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Properties;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>
/// A real invalidator over the real after-commit list and generations; the cache is a substitute that confirms every
/// write, so a bump shows as a <see cref="ICacheService.TrySetAsync"/> of its generation key.
/// </summary>
public abstract class CacheInvalidationTestBase
{
    protected CacheInvalidationTestBase()
    {
        Cache.TrySetAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<TimeSpan>(), Arg.Any<CancellationToken>()).Returns(true);
        Invalidator = new PropertyCacheInvalidator(AfterCommit, new CacheGenerations(Cache));
    }

    protected ICacheService Cache { get; } = Substitute.For<ICacheService>();

    private protected AfterCommitActions AfterCommit { get; } = new();

    protected PropertyCacheInvalidator Invalidator { get; }

    protected Task Commit() => AfterCommit.RunAsync(CancellationToken.None);

    protected Task Bumped(string generationKey) =>
        Cache.Received(1).TrySetAsync(generationKey, Arg.Any<string>(), CacheGenerations.Lifetime, Arg.Any<CancellationToken>());

    protected void NothingBumped() => Cache.ReceivedCalls().ShouldBeEmpty();
}
