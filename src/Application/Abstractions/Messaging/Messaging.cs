using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Messaging;

/// <summary>Marks a request that changes state; the Transaction behaviour wraps only these.</summary>
#pragma warning disable CA1040 // marker interface read by behaviours
public interface IBaseCommand;
#pragma warning restore CA1040

/// <summary>A state change that returns no value.</summary>
public interface ICommand : IRequest<Result>, IBaseCommand;

/// <summary>A state change that returns a small result (an id, a token pair), never an entity.</summary>
public interface ICommand<TResponse> : IRequest<Result<TResponse>>, IBaseCommand;

/// <summary>A read that never changes state.</summary>
public interface IQuery<TResponse> : IRequest<Result<TResponse>>;

public interface ICommandHandler<in TCommand> : IRequestHandler<TCommand, Result>
    where TCommand : ICommand;

public interface ICommandHandler<in TCommand, TResponse> : IRequestHandler<TCommand, Result<TResponse>>
    where TCommand : ICommand<TResponse>;

public interface IQueryHandler<in TQuery, TResponse> : IRequestHandler<TQuery, Result<TResponse>>
    where TQuery : IQuery<TResponse>;

/// <summary>
/// A command whose failure must still commit what the handler wrote (a security side effect such as
/// revoking a stolen session). Rare by design: say why on the command.
/// </summary>
#pragma warning disable CA1040
public interface ICommitsOnFailure;
#pragma warning restore CA1040

/// <summary>A request only some roles may send; the Authorization behaviour refuses everyone else.</summary>
public interface IRequiresRole
{
    IReadOnlyCollection<Domain.Users.Role> AllowedRoles { get; }
}
