namespace AirbnbClone.Domain.Bookings;

/// <summary>
/// The line items of a stay's price, every amount rounded to the ISO 4217 minor unit of <see cref="Currency"/>; the total
/// is exactly subtotal + cleaning fee + service fee.
/// </summary>
public sealed record PriceQuote(
    int Nights,
    decimal NightlyRate,
    decimal Subtotal,
    decimal CleaningFee,
    decimal ServiceFee,
    decimal Total,
    string Currency);
