using System.Reflection;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.ArchitectureTests;

/// <summary>The shapes STYLE.md asks for, so a new use case cannot quietly break them.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] ApplicationTypes = typeof(AirbnbClone.Application.DependencyInjection).Assembly.GetTypes();

    private static IEnumerable<Type> Handlers() => ApplicationTypes.Where(t =>
        t is { IsAbstract: false, IsInterface: false } &&
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)));

    private static IEnumerable<Type> Requests() => ApplicationTypes.Where(t =>
        t is { IsAbstract: false, IsInterface: false } &&
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));

    [Fact]
    public void Handlers_Should_BeInternalAndSealed()
    {
        var offenders = Handlers().Where(t => t.IsPublic || !t.IsSealed).Select(t => t.FullName).ToArray();

        Handlers().ShouldNotBeEmpty();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Requests_Should_BeNamedCommandOrQuery_When_TheyAreCommandsOrQueries()
    {
        var offenders = Requests().Where(t =>
                (typeof(IBaseCommand).IsAssignableFrom(t) && !t.Name.EndsWith("Command", StringComparison.Ordinal)) ||
                (!typeof(IBaseCommand).IsAssignableFrom(t) && !t.Name.EndsWith("Query", StringComparison.Ordinal)))
            .Select(t => t.FullName).ToArray();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Requests_Should_HaveExactlyOneHandler()
    {
        var handled = Handlers()
            .SelectMany(h => h.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();

        var offenders = Requests().Where(r => handled.Count(h => h == r) != 1).Select(r => r.FullName).ToArray();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Requests_Should_LiveInAFolderNamedAfterTheUseCase()
    {
        // Users.RegisterUser.RegisterUserCommand: the namespace's last part is the command's name minus its suffix.
        var offenders = Requests().Where(r =>
        {
            var useCase = r.Namespace!.Split('.')[^1];
            return !r.Name.StartsWith(useCase.TrimEnd('s'), StringComparison.Ordinal);
        }).Select(r => r.FullName).ToArray();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Entities_Should_HaveNoPublicSetters()
    {
        var entities = typeof(Entity).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Entity)));

        var offenders = entities
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod?.IsPublic == true)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();

        entities.ShouldNotBeEmpty();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Domain_Should_NotReadTheSystemClock()
    {
        // Time comes from TimeProvider, passed in; a domain rule that reads DateTime.UtcNow cannot be tested at a boundary.
        var domainTypes = typeof(Entity).Assembly.GetTypes();
        var readsClock = domainTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetMethodBody() is not null && CallsClock(m))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToArray();

        readsClock.ShouldBeEmpty();
    }

    private static bool CallsClock(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        // call / callvirt are 0x28 / 0x6F followed by a 4-byte token; resolve it and compare methods.
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F))
            {
                continue;
            }

            var token = BitConverter.ToInt32(il, i + 1);
            try
            {
                var called = method.Module.ResolveMethod(token);
                if (called is not null && called.DeclaringType is { } type &&
                    (type == typeof(DateTime) || type == typeof(DateTimeOffset)) &&
                    called.Name is "get_UtcNow" or "get_Now")
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token at this offset (the byte was an operand of another instruction).
            }
        }

        return false;
    }
}
