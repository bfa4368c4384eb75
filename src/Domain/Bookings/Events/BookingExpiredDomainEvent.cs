using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>The host did not answer in time; the request lapsed and its nights are free again.</summary>
public sealed record BookingExpiredDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
