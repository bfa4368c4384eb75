namespace AirbnbClone.Application.Bookings;

/// <summary>A price breakdown for a stay that is not booked.</summary>
public sealed record QuoteResponse(Guid PropertyId, DateOnly CheckIn, DateOnly CheckOut, int Guests, PriceResponse Price);
