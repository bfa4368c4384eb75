using AirbnbClone.Application.Abstractions.Behaviors;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Users;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AirbnbClone.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the mediator, every request and domain-event handler and validator of this assembly, and the pipeline. Behaviours
    /// run in registration order, outermost first: Logging, Validation, Authorization, Caching, then QueryRetry (queries)
    /// or Transaction (commands).
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? autoMapperLicenseKey)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        // MediatR 5 has no DI package: it resolves through a ServiceFactory delegate over the scope.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        // The web layer replaces it with the request's If-Match; the worker and tools have no request.
        services.TryAddScoped<IRequestPreconditions, NoRequestPreconditions>();

        foreach (var handler in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in handler.GetInterfaces().Where(i => i.IsGenericType &&
                (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))))
            {
                services.AddScoped(contract, handler);
            }
        }

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(CachingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(QueryRetryBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));

        // One message per field is clearer than "must not be empty" followed by "must be a valid e-mail".
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        // Validators are stateless and costly to build (their rules compile expressions): one instance each.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);

        // Job handlers (e-mail, and later bookings and payments) are found the same way as request handlers.
        services.AddJobHandlersFromAssembly(assembly);

        services.AddAutoMapper(config => config.LicenseKey = autoMapperLicenseKey, assembly);
        services.AddScoped<TokenPairIssuer>();
        services.AddScoped<Properties.PropertyCacheInvalidator>();
        services.AddScoped<IDomainEventDispatcher, DomainEventDispatcher>();
        services.AddScoped<Users.DeleteUser.IUserDeletionGuard, Bookings.BookingUserDeletionGuard>();
        services.AddScoped<AfterCommitActions>();
        services.AddScoped<IAfterCommit>(provider => provider.GetRequiredService<AfterCommitActions>());
        return services;
    }
}
