using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Behaviors;

/// <summary>
/// Innermost behaviour: one database transaction around a command's handler (and, later, the jobs it
/// enqueues). Commits on success, rolls back on a failed Result (unless the command is
/// <see cref="ICommitsOnFailure"/>) or an exception; never nests. Commands only: the constraint keeps it (and the
/// DbContext it needs) out of every query's pipeline, since the container skips an open generic whose constraints a
/// request does not meet.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork, AfterCommitActions afterCommit)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IBaseCommand
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (unitOfWork.HasActiveTransaction)
        {
            return await next();
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var response = await next();
        if (response is Result { IsFailure: true } && request is not ICommitsOnFailure)
        {
            await unitOfWork.RollbackTransactionAsync(cancellationToken);
            afterCommit.Discard();
        }
        else
        {
            await unitOfWork.CommitTransactionAsync(cancellationToken);
            await afterCommit.RunAsync(cancellationToken);
        }

        return response;
    }
}
