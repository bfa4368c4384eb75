namespace AirbnbClone.Domain.Bookings;

/// <summary>The line items of a stay's price, every amount rounded to cents, all in <see cref="Currency"/>.</summary>
public sealed record PriceQuote(
    int Nights,
    decimal NightlyRate,
    decimal Subtotal,
    decimal CleaningFee,
    decimal ServiceFee,
    decimal Total,
    string Currency);
