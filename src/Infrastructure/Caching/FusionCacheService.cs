using System.Collections.Concurrent;
using AirbnbClone.Application.Abstractions.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;

namespace AirbnbClone.Infrastructure.Caching;

/// <summary>
/// <see cref="ICacheService"/> over FusionCache: L1 in process, L2 in Redis, invalidation by tag carried to every node by
/// the Redis backplane. Entries filled from the database go to L2 in the background and tell no other node (their
/// L1 copies, if any, are as fresh); tag invalidations are awaited, L2 and backplane both, so that the response of the
/// command that changed something is written only after every node has been told.
/// </summary>
internal sealed partial class FusionCacheService(IFusionCache cache, IOptions<CacheOptions> options, TimeProvider clock, ILogger<FusionCacheService> logger)
    : ICacheService
{
    private static readonly FusionCacheEntryOptions InvalidationOptions = new()
    {
        AllowBackgroundDistributedCacheOperations = false,
        AllowBackgroundBackplaneOperations = false,
        SkipBackplaneNotifications = false,
        Size = 1,
    };

    private readonly ConcurrentDictionary<(TimeSpan Expiration, bool LocalOnly), FusionCacheEntryOptions> _fillOptions = new();
    private readonly TimeSpan _reinvalidateAfter = TimeSpan.FromMilliseconds(options.Value.ReinvalidateAfterMs);
    private readonly ConcurrentDictionary<string, long> _lastInvalidated = new(StringComparer.Ordinal);
    private int _reinvalidating;

    public async Task<TValue?> GetOrCreateAsync<TValue>(
        string key, Func<CancellationToken, Task<TValue?>> factory, CacheEntrySettings entry, CancellationToken cancellationToken)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(entry);
        return await cache.GetOrSetAsync<TValue?>(
            key,
            async (context, token) =>
            {
                var value = await factory(token);
                if (value is null)
                {
                    context.Options.SkipMemoryCacheWrite = true;
                    context.Options.SkipDistributedCacheWrite = true;
                }

                return value;
            },
            default,
            FillOptions(entry.Expiration, entry.LocalOnly),
            entry.Tags,
            cancellationToken);
    }

    public async Task InvalidateTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await RemoveAsync(tags, cancellationToken);
        if (_reinvalidateAfter <= TimeSpan.Zero)
        {
            return;
        }

        var now = clock.GetTimestamp();
        foreach (var tag in tags)
        {
            _lastInvalidated[tag] = now;
        }

        if (Interlocked.CompareExchange(ref _reinvalidating, 1, 0) == 0)
        {
            _ = ReinvalidateLoopAsync();
        }
    }

    // A reader that read the database before the commit and stored its answer after the invalidation stamped it later
    // than the tag. So every tag is invalidated once more ReinvalidateAfterMs after its LAST invalidation (between 1x and
    // 1.5x that): a tag invalidated many times a second (the search tag, under bookings) costs one extra removal, not
    // one per invalidation, and a stale answer lives at most that long.
    private async Task ReinvalidateLoopAsync()
    {
        try
        {
            while (!_lastInvalidated.IsEmpty)
            {
                await Task.Delay(_reinvalidateAfter / 2, clock);
                var due = new List<string>();
                foreach (var (tag, at) in _lastInvalidated)
                {
                    if (clock.GetElapsedTime(at) >= _reinvalidateAfter && _lastInvalidated.TryRemove(KeyValuePair.Create(tag, at)))
                    {
                        due.Add(tag);
                    }
                }

                if (due.Count > 0)
                {
                    await RemoveAsync(due, CancellationToken.None);
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogReinvalidationFailed(exception);
        }
        finally
        {
            Volatile.Write(ref _reinvalidating, 0);
        }

        // A tag added between the last check and the reset above found the loop still running: start it again.
        if (!_lastInvalidated.IsEmpty && Interlocked.CompareExchange(ref _reinvalidating, 1, 0) == 0)
        {
            _ = ReinvalidateLoopAsync();
        }
    }

    // FusionCache removes several tags one after the other (two Redis round trips each: the tag's stamp, then the
    // backplane message); they are independent, so all of them go at once.
    private Task RemoveAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken) =>
        tags.Count == 1
            ? cache.RemoveByTagAsync(tags.First(), InvalidationOptions, cancellationToken).AsTask()
            : Task.WhenAll(tags.Select(tag => cache.RemoveByTagAsync(tag, InvalidationOptions, cancellationToken).AsTask()));

    private FusionCacheEntryOptions FillOptions(TimeSpan expiration, bool localOnly) =>
        _fillOptions.GetOrAdd((expiration, localOnly), static (key, defaults) =>
        {
            var entryOptions = defaults.Duplicate();
            entryOptions.Duration = key.Expiration;
            entryOptions.SkipDistributedCacheRead = key.LocalOnly;
            entryOptions.SkipDistributedCacheWrite = key.LocalOnly;
            return entryOptions;
        }, cache.DefaultEntryOptions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second invalidation of cache tags failed; tags invalidated from now on are handled again")]
    private partial void LogReinvalidationFailed(Exception exception);
}
