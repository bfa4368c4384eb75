using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings.Events;

/// <summary>A guest asked to book (or changed a confirmed stay of a request-to-book listing): the host must answer before the request expires.</summary>
public sealed record BookingRequestedDomainEvent(Guid BookingId, Guid PropertyId) : IDomainEvent;
