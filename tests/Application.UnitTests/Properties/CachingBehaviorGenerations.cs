using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.UnitTests.Properties;

/// <summary>Generation-stamped entries: an answer stored before a bump is never served after it.</summary>
public class CachingBehaviorGenerations
{
    private readonly FakeCache _cache = new();
    private readonly CacheGenerations _generations;
    private readonly CachingBehavior<GenerationalQuery, Result<TestDto>> _behavior;

    public CachingBehaviorGenerations()
    {
        _generations = new CacheGenerations(_cache);
        _behavior = new CachingBehavior<GenerationalQuery, Result<TestDto>>(_cache, _generations);
    }

    [Fact]
    public async Task Handle_Should_ServeTheStoredAnswer_When_TheGenerationIsUnchanged()
    {
        await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, new Next<Result<TestDto>>(new TestDto("v1", 1)).Delegate);
        var next = new Next<Result<TestDto>>(new TestDto("v2", 2));

        var result = await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, next.Delegate);

        result.Value.Name.ShouldBe("v1");
        next.WasCalled.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_Should_ReadTheDatabase_When_TheGenerationWasBumped()
    {
        await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, new Next<Result<TestDto>>(new TestDto("v1", 1)).Delegate);
        await _generations.BumpAsync(["gen"], CancellationToken.None);
        var next = new Next<Result<TestDto>>(new TestDto("v2", 2));

        var result = await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, next.Delegate);

        result.Value.Name.ShouldBe("v2");
        next.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Handle_Should_NeverServeAnAnswerReadBeforeABump_When_AReaderRacesTheWriter()
    {
        // The reader reads the generation, then the database (old state); the writer commits and bumps; the reader stores.
        var racing = new Next<Result<TestDto>>(() =>
        {
            _generations.BumpAsync(["gen"], CancellationToken.None).GetAwaiter().GetResult();
            return new TestDto("old", 1);
        });
        await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, racing.Delegate);
        var next = new Next<Result<TestDto>>(new TestDto("new", 2));

        var result = await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, next.Delegate);

        result.Value.Name.ShouldBe("new");
    }

    [Fact]
    public async Task Handle_Should_BypassTheCacheUntilThePendingBumpLands_When_ABumpWasDropped()
    {
        await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, new Next<Result<TestDto>>(new TestDto("v1", 1)).Delegate);
        _cache.Down = true;
        await _generations.BumpAsync(["gen"], CancellationToken.None);
        _generations.HasPending.ShouldBeTrue();
        _cache.Down = false;
        var next = new Next<Result<TestDto>>(new TestDto("v2", 2));

        var result = await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, next.Delegate);

        result.Value.Name.ShouldBe("v2");
        _generations.HasPending.ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_Should_AnswerFromTheHandler_When_TheCacheIsDown()
    {
        _cache.Down = true;
        var next = new Next<Result<TestDto>>(new TestDto("db", 1));

        var result = await _behavior.Handle(new GenerationalQuery(), CancellationToken.None, next.Delegate);

        result.Value.Name.ShouldBe("db");
    }

    private sealed record GenerationalQuery : ICachedQuery
    {
        public string CacheKey => "entry";

        public TimeSpan? Expiration => TimeSpan.FromSeconds(30);

        public IReadOnlyList<string> GenerationKeys => ["gen"];
    }

    /// <summary>An in-memory cache that can be "down" (every read a miss, every write dropped).</summary>
    private sealed class FakeCache : ICacheService
    {
        private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal);

        public bool Down { get; set; }

        public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(Down ? null : _entries.GetValueOrDefault(key));

        public Task SetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken) =>
            TrySetAsync(key, value, expiration, cancellationToken);

        public Task RemoveAsync(string key, CancellationToken cancellationToken)
        {
            _entries.Remove(key);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<string?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string?>>(keys.Select(k => Down ? null : _entries.GetValueOrDefault(k)).ToArray());

        public Task<bool> TrySetAsync(string key, string value, TimeSpan expiration, CancellationToken cancellationToken)
        {
            if (Down)
            {
                return Task.FromResult(false);
            }

            _entries[key] = value;
            return Task.FromResult(true);
        }
    }
}
