using System.Globalization;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.UnitTests.Properties;
using static AirbnbClone.Domain.UnitTests.Bookings.BookingTestData;

namespace AirbnbClone.Domain.UnitTests.Bookings;

/// <summary>Every line of a quote is rounded to the currency's ISO 4217 minor unit, and the total adds up exactly.</summary>
public class PricingServiceMinorUnit
{
    // One night at 14%: the service fee is (nightly + cleaning) x 0.14, rounded half away from zero.
    [Theory]
    [InlineData("JPY", "12345", "3000", "2148", "17493")] // 2148.30 yen is no amount a provider can charge
    [InlineData("JPY", "20", "5", "4", "29")] // 3.5 -> 4
    [InlineData("KRW", "12345", "1000", "1868", "15213")] // 1868.30
    [InlineData("EUR", "120.05", "0", "16.81", "136.86")] // 16.807
    [InlineData("USD", "99.99", "10", "15.40", "125.39")] // 15.3986
    [InlineData("BHD", "45.125", "5.5", "7.088", "57.713")] // 7.0875 -> 7.088
    [InlineData("KWD", "30.333", "2.25", "4.562", "37.145")] // 4.56162
    public void Quote_Should_RoundEveryAmountToTheMinorUnit_When_TheFeeHasFractions(
        string currency, string nightly, string cleaning, string serviceFee, string total)
    {
        var listing = Property.Create(
            HostId,
            PropertyDetails.Create(PropertyDetailsCreate.Valid() with
            {
                Currency = currency,
                PricePerNight = Parse(nightly),
                CleaningFee = Parse(cleaning),
            }).Value,
            Now);

        var quote = Pricing.Quote(listing, Stay(10, 11));

        quote.ShouldBe(new PriceQuote(1, Parse(nightly), Parse(nightly), Parse(cleaning), Parse(serviceFee), Parse(total), currency));
        quote.Total.ShouldBe(quote.Subtotal + quote.CleaningFee + quote.ServiceFee);
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
