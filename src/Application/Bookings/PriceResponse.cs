using AirbnbClone.Domain.Bookings;

namespace AirbnbClone.Application.Bookings;

/// <summary>The price line items of a stay, computed by the server.</summary>
public sealed record PriceResponse(int Nights, decimal NightlyRate, decimal Subtotal, decimal CleaningFee, decimal ServiceFee, decimal Total, string Currency)
{
    public static PriceResponse From(PriceQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new(quote.Nights, quote.NightlyRate, quote.Subtotal, quote.CleaningFee, quote.ServiceFee, quote.Total, quote.Currency);
    }
}
