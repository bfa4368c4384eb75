using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>A real invalidator over the real after-commit list; the cache records the tags it was told to invalidate.</summary>
public abstract class CacheInvalidationTestBase
{
    protected CacheInvalidationTestBase() => Invalidator = new PropertyCacheInvalidator(AfterCommit, Cache);

    protected FakeCache Cache { get; } = new();

    private protected AfterCommitActions AfterCommit { get; } = new();

    protected PropertyCacheInvalidator Invalidator { get; }

    protected Task Commit() => AfterCommit.RunAsync(CancellationToken.None);

    protected void Invalidated(string tag) => Cache.Invalidated.Count(t => t == tag).ShouldBe(1, $"tag {tag}");

    protected void NothingInvalidated() => Cache.Invalidated.ShouldBeEmpty();
}
