using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.Application.Abstractions.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>Registers a handler (scoped) and makes its job type known to the worker.</summary>
    public static IServiceCollection AddJobHandler<TPayload, THandler>(this IServiceCollection services)
        where TPayload : IJobPayload
        where THandler : class, IJobHandler<TPayload>
    {
        services.AddScoped<IJobHandler<TPayload>, THandler>();
        services.AddSingleton(new JobHandlerDescriptor(TPayload.JobType, typeof(TPayload)));
        return services;
    }

    /// <summary>Registers every <see cref="IJobHandler{TPayload}"/> implementation of the assembly.</summary>
    public static IServiceCollection AddJobHandlersFromAssembly(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var register = typeof(JobServiceCollectionExtensions).GetMethod(nameof(AddJobHandler))!;
        foreach (var handler in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IJobHandler<>)))
            {
                register.MakeGenericMethod(contract.GetGenericArguments()[0], handler).Invoke(null, [services]);
            }
        }

        return services;
    }
}
