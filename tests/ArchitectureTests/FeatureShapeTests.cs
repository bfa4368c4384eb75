using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.ArchitectureTests;

/// <summary>
/// The feature shape of README "How to add a feature": one public type per file, a use case's request and handler in
/// one file and its validator in another, handlers that save once, and domain events that have somewhere to go.
/// </summary>
public sealed partial class FeatureShapeTests
{
    private static readonly Assembly Application = typeof(AirbnbClone.Application.DependencyInjection).Assembly;
    private static readonly Assembly Domain = typeof(Entity).Assembly;

    [Fact]
    public void SourceFiles_Should_DeclareAtMostOnePublicTopLevelType()
    {
        var files = SourceFiles().ToList();
        var offenders = files
            .Select(f => (File: f, Types: PublicTopLevelType().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).ToList()))
            .Where(f => f.Types.Count > 1)
            .Select(f => $"{Relative(f.File)}: {string.Join(", ", f.Types)}")
            .ToArray();

        files.Count.ShouldBeGreaterThan(100);
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void UseCaseFiles_Should_HoldTheRequestWithItsHandler_And_ValidatorsLiveInTheirOwnFile()
    {
        var applicationFiles = SourceFiles().Where(f => f.Contains($"{Path.DirectorySeparatorChar}Application{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        var misplacedHandlers = applicationFiles
            .Select(f => (File: f, Match: RequestHandler().Match(File.ReadAllText(f))))
            .Where(f => f.Match.Success && Path.GetFileNameWithoutExtension(f.File) != f.Match.Groups[1].Value)
            .Select(f => $"{Relative(f.File)} handles {f.Match.Groups[1].Value}")
            .ToArray();
        var misplacedValidators = applicationFiles
            .Where(f => File.ReadAllText(f).Contains(" : AbstractValidator<", StringComparison.Ordinal) && !f.EndsWith("Validator.cs", StringComparison.Ordinal))
            .Select(Relative)
            .ToArray();

        misplacedHandlers.ShouldBeEmpty();
        misplacedValidators.ShouldBeEmpty();
    }

    [Fact]
    public void RequestHandlers_Should_CallSaveChangesAtMostOnce()
    {
        var handlers = Implementations(typeof(IRequestHandler<,>)).ToList();
        var offenders = handlers
            .Select(h => (Handler: h, Saves: SaveChangesCalls(h)))
            .Where(h => h.Saves > 1)
            .Select(h => $"{h.Handler.Name} calls SaveChangesAsync {h.Saves} times")
            .ToArray();

        handlers.Count.ShouldBeGreaterThan(20);
        handlers.Sum(SaveChangesCalls).ShouldBeGreaterThan(10); // the scan does see the calls
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void DomainEventHandlers_Should_NeverSave_When_TheUnitOfWorkSavesWhatTheyChange()
    {
        var handlers = Implementations(typeof(INotificationHandler<>)).ToList();
        var offenders = handlers.Where(h => SaveChangesCalls(h) > 0).Select(h => h.Name).ToArray();

        handlers.ShouldNotBeEmpty();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void DomainEvents_Should_EachHaveAtLeastOneHandler()
    {
        var events = Domain.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IDomainEvent).IsAssignableFrom(t)).ToList();
        var handled = Application.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();

        events.Count.ShouldBeGreaterThanOrEqualTo(12);
        events.Where(e => !handled.Contains(e)).Select(e => e.Name).ToArray().ShouldBeEmpty();
    }

    [Fact]
    public void DomainEvents_Should_BeRecordsInAnEventsFolderNamedDomainEvent()
    {
        var offenders = Domain.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IDomainEvent).IsAssignableFrom(t))
            .Where(t => !t.Name.EndsWith("DomainEvent", StringComparison.Ordinal) || !t.Namespace!.EndsWith(".Events", StringComparison.Ordinal)
                || t.GetMethod("<Clone>$") is null)
            .Select(t => t.FullName)
            .ToArray();

        offenders.ShouldBeEmpty();
    }

    private static IEnumerable<Type> Implementations(Type openInterface) => Application.GetTypes().Where(t =>
        t is { IsAbstract: false, IsInterface: false } &&
        t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface));

    /// <summary>Calls to <see cref="IUnitOfWork.SaveChangesAsync"/> in the type's methods, async state machines included.</summary>
    private static int SaveChangesCalls(Type handler)
    {
        var methods = handler.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
        var bodies = methods.Select(m => m.GetCustomAttribute<AsyncStateMachineAttribute>() is { } async
            ? async.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!
            : (MethodBase)m);
        return bodies.Sum(CountSaveChanges);
    }

    private static int CountSaveChanges(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F))
            {
                continue;
            }

            try
            {
                var called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), method.DeclaringType?.GetGenericArguments(), null);
                if (called is { Name: nameof(IUnitOfWork.SaveChangesAsync) } && called.DeclaringType == typeof(IUnitOfWork))
                {
                    count++;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token at this offset (the byte was an operand of another instruction).
            }
        }

        return count;
    }

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AirbnbClone.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AirbnbClone.sln not found above the test binaries.");
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path);

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|readonly|partial)\s+)*(?:class|record(?:\s+struct)?|interface|enum|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTopLevelType();

    [GeneratedRegex(@"^internal sealed class \w+\([^)]*\)\s*:\s*I(?:Command|Query)Handler<(\w+)", RegexOptions.Multiline)]
    private static partial Regex RequestHandler();
}
