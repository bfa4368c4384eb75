using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Events;

/// <summary>
/// One side effect of a domain event (an e-mail, a job, a cache invalidation). Runs inside the command's transaction,
/// after the save that recorded the event: rows it writes (jobs, e-mails) commit or roll back with the command, and
/// work that must wait for COMMIT goes through <see cref="Data.IAfterCommit"/>.
/// </summary>
#pragma warning disable CA1711 // "domain event handler" is the pattern's name; this is no delegate-style event handler
public interface IDomainEventHandler<TEvent> : INotificationHandler<DomainEventNotification<TEvent>>
    where TEvent : IDomainEvent
{
    Task INotificationHandler<DomainEventNotification<TEvent>>.Handle(DomainEventNotification<TEvent> notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return Handle(notification.DomainEvent, cancellationToken);
    }

    Task Handle(TEvent domainEvent, CancellationToken cancellationToken);
}
#pragma warning restore CA1711
