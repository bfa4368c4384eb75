using AirbnbClone.Application.Abstractions.Caching;

namespace AirbnbClone.Application.UnitTests.TestDoubles;

/// <summary>
/// An in-process <see cref="ICacheService"/> with the port's promises (a tag invalidated after an entry was stored hides
/// it; a null answer is not stored), recording what it stored and invalidated.
/// </summary>
public sealed class FakeCache : ICacheService
{
    private readonly Dictionary<string, (object Value, IReadOnlyList<string> Tags, long StoredAt)> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _invalidatedAt = new(StringComparer.Ordinal);
    private long _clock;

    public List<(string Key, CacheEntrySettings Entry)> Stored { get; } = [];

    public List<string> Invalidated { get; } = [];

    public int Reads { get; private set; }

    public async Task<TValue?> GetOrCreateAsync<TValue>(
        string key, Func<CancellationToken, Task<TValue?>> factory, CacheEntrySettings entry, CancellationToken cancellationToken)
        where TValue : class
    {
        Reads++;
        if (_entries.TryGetValue(key, out var cached) && cached.Value is TValue hit
            && cached.Tags.All(tag => _invalidatedAt.GetValueOrDefault(tag) < cached.StoredAt))
        {
            return hit;
        }

        var value = await factory(cancellationToken);
        if (value is not null)
        {
            Put(key, value, entry);
        }

        return value;
    }

    public Task InvalidateTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            _invalidatedAt[tag] = ++_clock;
            Invalidated.Add(tag);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stores an entry as if an earlier request had filled it.</summary>
    public void Put(string key, object value, CacheEntrySettings entry)
    {
        _entries[key] = (value, entry.Tags, ++_clock);
        Stored.Add((key, entry));
    }
}
