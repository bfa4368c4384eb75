using AirbnbClone.Domain.Bookings;
using static AirbnbClone.Domain.UnitTests.Bookings.BookingTestData;

namespace AirbnbClone.Domain.UnitTests.Bookings;

public class PricingServiceQuote
{
    [Fact]
    public void Quote_Should_ComputeEveryLineItem_When_StayIsPriced()
    {
        // 3 x 120 = 360; + 20 cleaning = 380; 14% service fee = 53.20; total 433.20.
        var quote = Pricing.Quote(Listing(), Stay(10, 13));

        quote.ShouldBe(new PriceQuote(3, 120m, 360m, 20m, 53.20m, 433.20m, "EUR"));
    }

    [Fact]
    public void Quote_Should_UseTheConfiguredRate_When_OneIsGiven()
    {
        var quote = new PricingService(0.10m).Quote(Listing(), Stay(10, 11));

        quote.ServiceFee.ShouldBe(14m);
        quote.Total.ShouldBe(154m);
    }

    [Fact]
    public void Quote_Should_RoundToCents_When_TheFeeHasFractionsOfACent()
    {
        // (120 + 20) x 0.12345 = 17.283 -> 17.28
        var quote = new PricingService(0.12345m).Quote(Listing(), Stay(10, 11));

        quote.ServiceFee.ShouldBe(17.28m);
        quote.Total.ShouldBe(157.28m);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Constructor_Should_Throw_When_RateIsOutOfRange(double rate) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PricingService((decimal)rate));
}
