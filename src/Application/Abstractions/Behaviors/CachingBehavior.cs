using AirbnbClone.Application.Abstractions.Caching;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>
/// Serves <see cref="ICachedQuery"/> answers from the shared cache and stores successful ones (a failure, such as a
/// 404, is answered and never stored). Runs after Validation and Authorization, so a cache hit is never served to
/// someone not allowed to see it.
/// </summary>
internal sealed class CachingBehavior<TRequest, TResponse>(ICacheService cache) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return request is ICachedQuery query && CachedResult<TResponse>.Run is { } run
            ? run(cache, query, next, cancellationToken)
            : next();
    }
}
