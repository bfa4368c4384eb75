using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>Dates or guests changed without needing a new answer from the host.</summary>
public sealed record BookingChangedDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
