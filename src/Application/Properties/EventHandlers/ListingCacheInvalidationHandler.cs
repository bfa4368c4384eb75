using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Properties.Events;

namespace AirbnbClone.Application.Properties.EventHandlers;

/// <summary>
/// A listing's content, status or calendar changed (its own edits, its blocks, any booking of it): its cached details
/// and availability and every cached search page stop being served once the command commits.
/// </summary>
internal sealed class ListingCacheInvalidationHandler(PropertyCacheInvalidator cache) :
    IDomainEventHandler<PropertyChangedDomainEvent>,
    IDomainEventHandler<BookingRequestedDomainEvent>,
    IDomainEventHandler<BookingConfirmedDomainEvent>,
    IDomainEventHandler<BookingDeclinedDomainEvent>,
    IDomainEventHandler<BookingExpiredDomainEvent>,
    IDomainEventHandler<BookingCancelledDomainEvent>,
    IDomainEventHandler<BookingChangedDomainEvent>,
    IDomainEventHandler<BookingCompletedDomainEvent>
{
    public Task Handle(PropertyChangedDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingRequestedDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingConfirmedDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingDeclinedDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingExpiredDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingCancelledDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingChangedDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    public Task Handle(BookingCompletedDomainEvent domainEvent, CancellationToken cancellationToken) => Changed(domainEvent.PropertyId);

    private Task Changed(Guid propertyId)
    {
        cache.PropertyChanged(propertyId);
        return Task.CompletedTask;
    }
}
