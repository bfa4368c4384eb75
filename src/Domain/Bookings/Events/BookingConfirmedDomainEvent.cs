using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>The stay is confirmed: instantly booked, or accepted by the host.</summary>
public sealed record BookingConfirmedDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
