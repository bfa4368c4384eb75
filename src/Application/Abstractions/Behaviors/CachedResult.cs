using System.Reflection;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>
/// For a <c>Result&lt;TValue&gt;</c> response with a class TValue, the cache-aside run typed on TValue (built once per
/// response type); null for every other response, which is never cached.
/// </summary>
internal static class CachedResult<TResponse>
{
    /// <summary>Lifetime of an answer whose query names none.</summary>
    public static readonly TimeSpan DefaultExpiration = TimeSpan.FromMinutes(1);

    public static readonly Func<ICacheService, ICachedQuery, RequestHandlerDelegate<TResponse>, CancellationToken, Task<TResponse>>? Run = Build();

    private static Func<ICacheService, ICachedQuery, RequestHandlerDelegate<TResponse>, CancellationToken, Task<TResponse>>? Build()
    {
        if (ResultFactory<TResponse>.ValueType is not { IsValueType: false } valueType)
        {
            return null;
        }

        return typeof(CachedResult<TResponse>)
            .GetMethod(nameof(RunAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(valueType)
            .CreateDelegate<Func<ICacheService, ICachedQuery, RequestHandlerDelegate<TResponse>, CancellationToken, Task<TResponse>>>();
    }

    private static async Task<TResponse> RunAsync<TValue>(
        ICacheService cache, ICachedQuery query, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
        where TValue : class
    {
        var uncached = default(TResponse);
        var value = await cache.GetOrCreateAsync<TValue>(
            query.CacheKey,
            async _ =>
            {
                var response = await next();
                if (response is Result<TValue> { IsSuccess: true } success)
                {
                    return success.Value;
                }

                uncached = response;
                return null;
            },
            new CacheEntrySettings(query.Expiration ?? DefaultExpiration, query.Tags, query.LocalOnly),
            cancellationToken);

        // Null: this request's own failure, or (rarely) the failure of a concurrent miss it waited for.
        return value is not null ? ResultFactory<TResponse>.Success(value) : uncached ?? await next();
    }
}
