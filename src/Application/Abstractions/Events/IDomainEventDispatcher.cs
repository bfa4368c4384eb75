using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Abstractions.Events;

/// <summary>Publishes recorded domain events to their handlers; the unit of work calls it after each save.</summary>
public interface IDomainEventDispatcher
{
    Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken);
}
