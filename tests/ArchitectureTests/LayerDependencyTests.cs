using System.Reflection;

namespace AirbnbClone.ArchitectureTests;

/// <summary>The dependency rule of DESIGN.md section 1, read from each assembly's references.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(AirbnbClone.Domain.Abstractions.Entity).Assembly;
    private static readonly Assembly Application = typeof(AirbnbClone.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(AirbnbClone.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly WebApi = typeof(Program).Assembly;

    private static string[] ReferencedNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    [Fact]
    public void Domain_Should_ReferenceOnlyTheBaseClassLibrary()
    {
        var foreign = ReferencedNames(Domain)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard" && name != "mscorlib")
            .ToArray();

        foreign.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("AirbnbClone.Infrastructure")]
    [InlineData("AirbnbClone.WebApi")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    [InlineData("StackExchange.Redis")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.IdentityModel")]
    public void Application_Should_NotReference_When_ItIsAnOuterConcern(string forbiddenPrefix)
    {
        ReferencedNames(Application).ShouldNotContain(name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Application_Should_ReferenceDomain()
    {
        ReferencedNames(Application).ShouldContain(Domain.GetName().Name!);
    }

    [Fact]
    public void Infrastructure_Should_NotReferenceWebApi()
    {
        ReferencedNames(Infrastructure).ShouldNotContain(WebApi.GetName().Name!);
    }

    [Fact]
    public void Domain_Should_NotReferenceAnyOtherLayer()
    {
        ReferencedNames(Domain).ShouldNotContain(name => name.StartsWith("AirbnbClone.", StringComparison.Ordinal));
    }
}
