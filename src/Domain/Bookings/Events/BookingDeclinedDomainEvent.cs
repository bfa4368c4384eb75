using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>The host turned the request down; its nights are free again.</summary>
public sealed record BookingDeclinedDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
