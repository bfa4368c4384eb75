using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>The guest, the host or an admin cancelled; the refund is on the booking.</summary>
public sealed record BookingCancelledDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
