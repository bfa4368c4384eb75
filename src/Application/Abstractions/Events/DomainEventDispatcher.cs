using System.Collections.Concurrent;
using AirbnbClone.Domain.Abstractions;
using MediatR;

namespace AirbnbClone.Application.Abstractions.Events;

/// <summary>Wraps each event in its <see cref="DomainEventNotification{TEvent}"/> and publishes it, in the order raised.</summary>
internal sealed class DomainEventDispatcher(IMediator mediator) : IDomainEventDispatcher
{
    private static readonly ConcurrentDictionary<Type, Func<IMediator, IDomainEvent, CancellationToken, Task>> Publishers = new();

    public async Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvents);
        foreach (var domainEvent in domainEvents)
        {
            await Publishers.GetOrAdd(domainEvent.GetType(), CreatePublisher)(mediator, domainEvent, cancellationToken);
        }
    }

    private static Func<IMediator, IDomainEvent, CancellationToken, Task> CreatePublisher(Type eventType) =>
        typeof(DomainEventDispatcher)
            .GetMethod(nameof(Publish), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IMediator, IDomainEvent, CancellationToken, Task>>();

    // Published under its exact type, so MediatR resolves INotificationHandler<DomainEventNotification<TEvent>>.
    private static Task Publish<TEvent>(IMediator mediator, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent =>
        mediator.Publish(new DomainEventNotification<TEvent>((TEvent)domainEvent), cancellationToken);
}
