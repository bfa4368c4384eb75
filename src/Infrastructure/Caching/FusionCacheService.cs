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

    private readonly ConcurrentDictionary<TimeSpan, FusionCacheEntryOptions> _fillOptions = new();
    private readonly TimeSpan _reinvalidateAfter = TimeSpan.FromMilliseconds(options.Value.ReinvalidateAfterMs);

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
            FillOptions(entry.Expiration),
            entry.Tags,
            cancellationToken);
    }

    public async Task InvalidateTagsAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        await cache.RemoveByTagAsync(tags, InvalidationOptions, cancellationToken);
        if (_reinvalidateAfter > TimeSpan.Zero)
        {
            _ = ReinvalidateLaterAsync(tags.ToArray());
        }
    }

    // A reader that read the database before the commit and stored its answer after the first invalidation stamped it
    // later than the tag: the second invalidation hides it too (and costs the entries filled in between one refill).
    private async Task ReinvalidateLaterAsync(string[] tags)
    {
        try
        {
            await Task.Delay(_reinvalidateAfter, clock);
            await cache.RemoveByTagAsync(tags, InvalidationOptions);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogReinvalidationFailed(exception, string.Join(", ", tags));
        }
    }

    private FusionCacheEntryOptions FillOptions(TimeSpan expiration) =>
        _fillOptions.GetOrAdd(expiration, static (duration, defaults) =>
        {
            var entryOptions = defaults.Duplicate();
            entryOptions.Duration = duration;
            return entryOptions;
        }, cache.DefaultEntryOptions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Second invalidation of the cache tags {Tags} failed")]
    private partial void LogReinvalidationFailed(Exception exception, string tags);
}
