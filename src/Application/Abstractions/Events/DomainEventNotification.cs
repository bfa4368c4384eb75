using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Events;

/// <summary>
/// Carries a domain event through MediatR's notifications, so the Domain layer stays free of MediatR.
/// Published by <see cref="IDomainEventDispatcher"/>; handled by <see cref="IDomainEventHandler{TEvent}"/>.
/// </summary>
public sealed record DomainEventNotification<TEvent>(TEvent DomainEvent) : INotification
    where TEvent : IDomainEvent;
