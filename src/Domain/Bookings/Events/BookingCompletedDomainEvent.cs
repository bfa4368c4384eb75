using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>The stay is over (its check-out day has ended).</summary>
public sealed record BookingCompletedDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
