using System.Text.Json;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>
/// Serves <see cref="ICachedQuery"/> answers from the shared cache and stores successful ones.
/// Runs after Validation and Authorization, so a cache hit is never served to someone not allowed to see it.
/// Queries with <see cref="ICachedQuery.GenerationKeys"/> read the entry and its generations in one round trip
/// and store the answer as "stamp\njson", so an entry older than the last bump is never served.
/// </summary>
internal sealed class CachingBehavior<TRequest, TResponse>(ICacheService cache, CacheGenerations? generations = null)
    : IPipelineBehavior<TRequest, TResponse>
{
    public static readonly TimeSpan DefaultExpiration = TimeSpan.FromMinutes(1);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICachedQuery cachedQuery || ResultFactory<TResponse>.ValueType is not { } valueType)
        {
            return await next();
        }

        if (cachedQuery.GenerationKeys is { Count: > 0 } generationKeys)
        {
            return await HandleWithGenerationsAsync(cachedQuery, generationKeys, valueType, next, cancellationToken);
        }

        var cached = await cache.GetAsync(cachedQuery.CacheKey, cancellationToken);
        if (cached is not null && TryRead(cached, valueType) is { } value)
        {
            return ResultFactory<TResponse>.Success(value);
        }

        var response = await next();
        if (response is Result { IsSuccess: true } and IValueResult success)
        {
            var json = JsonSerializer.Serialize(success.BoxedValue, valueType, JsonOptions);
            await cache.SetAsync(cachedQuery.CacheKey, json, cachedQuery.Expiration ?? DefaultExpiration, cancellationToken);
        }

        return response;
    }

    private async Task<TResponse> HandleWithGenerationsAsync(
        ICachedQuery query, IReadOnlyList<string> generationKeys, Type valueType, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        // A bump this node could not deliver means the shared entries may be stale: use the database until it lands.
        if (generations is not null && !await generations.FlushPendingAsync(cancellationToken))
        {
            return await next();
        }

        var values = await cache.GetManyAsync([query.CacheKey, .. generationKeys], cancellationToken);
        var stamp = CacheGenerations.Stamp(values.Skip(1)) + "\n";
        if (values[0] is { } entry && entry.StartsWith(stamp, StringComparison.Ordinal)
            && TryRead(entry[stamp.Length..], valueType) is { } value)
        {
            return ResultFactory<TResponse>.Success(value);
        }

        var response = await next();
        if (response is Result { IsSuccess: true } and IValueResult success)
        {
            var json = JsonSerializer.Serialize(success.BoxedValue, valueType, JsonOptions);
            await cache.SetAsync(query.CacheKey, stamp + json, query.Expiration ?? DefaultExpiration, cancellationToken);
        }

        return response;
    }

    // An entry written by an older shape of the response (or corrupted) is a miss, not a 500.
    private static object? TryRead(string json, Type valueType)
    {
        try
        {
            return JsonSerializer.Deserialize(json, valueType, JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
