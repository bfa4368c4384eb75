namespace AirbnbClone.Application.Bookings;

/// <summary>The body of POST /bookings and PATCH /bookings/{id}. Nothing else is read: no price, status or guest.</summary>
public sealed record BookingBody(Guid? PropertyId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests);
