using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Bookings;

/// <summary>Prices a stay from the listing's current rates; the client never sends a price.</summary>
public sealed class PricingService
{
    /// <summary>The guest service fee as a share of subtotal plus cleaning fee unless configured otherwise.</summary>
    public const decimal DefaultServiceFeeRate = 0.14m;

    public PricingService(decimal serviceFeeRate = DefaultServiceFeeRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serviceFeeRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serviceFeeRate, 1m);
        ServiceFeeRate = serviceFeeRate;
    }

    public decimal ServiceFeeRate { get; }

    public PriceQuote Quote(Property property, DateRange stay)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(stay);
        var currency = property.Currency;
        var nightly = Money.Create(property.PricePerNight, currency).Value;
        var subtotal = nightly * stay.Nights;
        var cleaning = Money.Create(property.CleaningFee, currency).Value;
        var serviceFee = (subtotal + cleaning) * ServiceFeeRate;
        var total = subtotal + cleaning + serviceFee;
        return new PriceQuote(stay.Nights, nightly.Amount, subtotal.Amount, cleaning.Amount, serviceFee.Amount, total.Amount, currency);
    }
}
