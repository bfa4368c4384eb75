using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>
/// Refuses requests that declare <see cref="IRequiresRole"/> when the caller lacks the role. Runs before
/// Caching, so a cached answer is never handed to someone who may not see it.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    public static readonly Error NotAuthenticated = Error.Unauthorized("Auth.Required", "This call needs a valid access token.");

    public static readonly Error RoleNotAllowed = Error.Forbidden("Auth.RoleNotAllowed", "Your role may not do this.");

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IRequiresRole required || !ResultFactory<TResponse>.IsResult)
        {
            return await next();
        }

        if (!currentUser.IsAuthenticated)
        {
            return ResultFactory<TResponse>.Failure(NotAuthenticated);
        }

        return required.AllowedRoles.Contains(currentUser.Role)
            ? await next()
            : ResultFactory<TResponse>.Failure(RoleNotAllowed);
    }
}
