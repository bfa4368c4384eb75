using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Users;
using MediatR;

namespace AirbnbClone.Application.UnitTests.TestDoubles;

public sealed record TestCommand(int Value = 1) : ICommand<int>;

public sealed record TestPlainCommand : ICommand;

public sealed record TestQuery : IQuery<int>;

public sealed record TestCommitsOnFailureCommand : ICommand<int>, ICommitsOnFailure;

public sealed record TestNotAResultRequest : IRequest<string>;

public sealed record TestAddress(string? Street, string? PostalCode);

public sealed record TestAddressCommand(string? Name, TestAddress Address) : ICommand<int>;

public sealed record TestAdminQuery : IQuery<string>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}

public sealed record TestHostOrAdminCommand : ICommand, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Host, Role.Admin];
}

public sealed record TestDto(string Name, int Count);

public sealed record TestCachedQuery(string Key, TimeSpan? Expiration = null, params string[] CacheTags) : IQuery<TestDto>, ICachedQuery
{
    public string CacheKey => Key;

    public IReadOnlyList<string> Tags => CacheTags;
}

/// <summary>Cached in each node's memory only, or not.</summary>
public sealed record TestLocalCachedQuery(bool LocalOnly) : IQuery<TestDto>, ICachedQuery
{
    public string CacheKey => "test:local";

    public TimeSpan? Expiration => null;
}

/// <summary>Cached, but its answer is a value type: the behaviour passes it through.</summary>
public sealed record TestCachedCountQuery : IQuery<int>, ICachedQuery
{
    public string CacheKey => "test:count";

    public TimeSpan? Expiration => null;
}

public sealed record TestCachedPlainCommand : ICommand, ICachedQuery
{
    public string CacheKey => "plain";

    public TimeSpan? Expiration => null;
}

/// <summary>Cached and admin-only: the pipeline must authorize before it looks in the cache.</summary>
public sealed record TestCachedAdminQuery : IQuery<TestDto>, ICachedQuery, IRequiresRole
{
    public string CacheKey => "test:admin-only";

    public TimeSpan? Expiration => null;

    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}
