using System.Globalization;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Bookings;

public class CancellationRefundsCompute
{
    // 3 nights x 120 = 360 subtotal, 20 cleaning, 53.20 service fee, 433.20 total.
    private static readonly PriceQuote Price = new(3, 120m, 360m, 20m, 53.20m, 433.20m, "EUR");
    private static readonly DateOnly CheckIn = new(2030, 3, 1);
    private static readonly DateTimeOffset C = new(2030, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private const long Hour = 3600;
    private const long Day = 24 * Hour;

    private static decimal Refund(
        string policy, long bookedSecondsBeforeC, long cancelledSecondsBeforeC,
        BookingStatus status = BookingStatus.Confirmed, CancelledBy by = CancelledBy.Guest)
    {
        PropertyNames.TryParsePolicy(policy, out var p).ShouldBeTrue();
        return CancellationRefunds.Compute(
            p, Price, status, by, C.AddSeconds(-bookedSecondsBeforeC), CheckIn, C.AddSeconds(-cancelledSecondsBeforeC));
    }

    // Booked long ago (60 days) so the 48-hour grace never applies; t given as seconds before C (negative: after C).
    [Theory]
    // flexible: full when C - t >= 24 h; else total - first night - service fee (- cleaning when t >= C)
    [InlineData("flexible", 30 * Day, 433.20)]
    [InlineData("flexible", 24 * Hour, 433.20)]
    [InlineData("flexible", 24 * Hour - 1, 260.00)]
    [InlineData("flexible", 1, 260.00)]
    [InlineData("flexible", 0, 240.00)]
    [InlineData("flexible", -Day, 240.00)]
    // moderate: full when C - t >= 5 days; else 50% of subtotal + cleaning when t < C
    [InlineData("moderate", 5 * Day, 433.20)]
    [InlineData("moderate", 5 * Day - 1, 200.00)]
    [InlineData("moderate", 1, 200.00)]
    [InlineData("moderate", 0, 180.00)]
    [InlineData("moderate", -Day, 180.00)]
    // strict: outside the grace, never full: 50% of subtotal + cleaning when C - t >= 7 days; else nothing
    [InlineData("strict", 50 * Day, 200.00)]
    [InlineData("strict", 30 * Day, 200.00)]
    [InlineData("strict", 14 * Day, 200.00)]
    [InlineData("strict", 14 * Day - 1, 200.00)]
    [InlineData("strict", 7 * Day, 200.00)]
    [InlineData("strict", 7 * Day - 1, 0.00)]
    [InlineData("strict", 0, 0.00)]
    [InlineData("strict", -Day, 0.00)]
    public void Compute_Should_FollowThePolicy_When_TheGuestCancels(string policy, long secondsBeforeC, double expected) =>
        Refund(policy, 60 * Day, secondsBeforeC).ShouldBe((decimal)expected);

    [Theory]
    // The grace rule: t - B <= 48 h AND C - t >= 14 days gives a full refund under any policy.
    [InlineData("strict", 16 * Day, 14 * Day, 433.20)] // t - B = 48 h exactly, C - t = 14 days exactly
    [InlineData("moderate", 16 * Day, 14 * Day, 433.20)]
    [InlineData("strict", 30 * Day, 28 * Day, 433.20)] // 48 h after booking, four weeks ahead
    [InlineData("strict", 16 * Day + 1, 14 * Day, 200.00)] // 48 h and one second after booking: the grace is over
    [InlineData("strict", 30 * Day + 1, 28 * Day, 200.00)] // even four weeks ahead
    [InlineData("strict", 16 * Day + 1, 14 * Day - 1, 200.00)] // one second too late on both counts
    [InlineData("strict", 15 * Day, 14 * Day - 1, 200.00)] // within 48 h but notice too short
    [InlineData("strict", 8 * Day, 6 * Day, 0.00)] // within 48 h, under 7 days: nothing
    [InlineData("moderate", 16 * Day + 1, 14 * Day, 433.20)] // moderate needs no grace 5+ days ahead
    [InlineData("flexible", 16 * Day + 1, 14 * Day, 433.20)]
    public void Compute_Should_ApplyTheGracePeriod_OnlyWithinItsBoundaries(string policy, long booked, long cancelled, double expected) =>
        Refund(policy, booked, cancelled).ShouldBe((decimal)expected);

    [Theory]
    [InlineData("strict", CancelledBy.Host)]
    [InlineData("strict", CancelledBy.Admin)]
    [InlineData("flexible", CancelledBy.Host)]
    public void Compute_Should_RefundInFull_When_HostOrAdminCancels(string policy, CancelledBy by) =>
        Refund(policy, 60 * Day, -Day, by: by).ShouldBe(433.20m);

    [Theory]
    [InlineData("strict")]
    [InlineData("moderate")]
    [InlineData("flexible")]
    public void Compute_Should_RefundInFull_When_GuestCancelsAPendingRequest(string policy) =>
        Refund(policy, 60 * Day, 0, BookingStatus.Pending).ShouldBe(433.20m);

    [Fact]
    public void Compute_Should_NeverGoNegative_When_FeesExceedTheRest()
    {
        var oneCheapNight = new PriceQuote(1, 10m, 10m, 0m, 1.40m, 11.40m, "EUR");

        CancellationRefunds.Compute(
            CancellationPolicy.Flexible, oneCheapNight, BookingStatus.Confirmed, CancelledBy.Guest, C.AddDays(-60), CheckIn, C)
            .ShouldBe(0m);
    }

    // 3 nights, C - t = 10 days, booked 60 days ahead: strict refunds half the subtotal (rounded to the currency's
    // minor unit, half away from zero) plus the cleaning fee.
    [Theory]
    [InlineData("JPY", "12345", "3000", "21518")] // 37035 / 2 = 18517.5 -> 18518
    [InlineData("KRW", "33333", "5000", "55000")] // 49999.5 -> 50000
    [InlineData("EUR", "100.01", "20", "170.02")] // 150.015 -> 150.02
    [InlineData("USD", "33.33", "10", "60.00")] // 49.995 -> 50.00
    [InlineData("BHD", "33.333", "5.5", "55.500")] // 49.9995 -> 50.000
    [InlineData("KWD", "10.001", "2.25", "17.252")] // 15.0015 -> 15.002
    public void Compute_Should_RoundTheRefundToTheMinorUnit_When_TheCurrencyHasOne(string currency, string nightly, string cleaning, string expected)
    {
        var pricing = new PricingService();
        var listing = Property.Create(
            BookingTestData.HostId,
            PropertyDetails.Create(Properties.PropertyDetailsCreate.Valid() with
            {
                Currency = currency,
                PricePerNight = Parse(nightly),
                CleaningFee = Parse(cleaning),
                CancellationPolicy = "strict",
            }).Value,
            C.AddDays(-90));
        var quote = pricing.Quote(listing, DateRange.Create(CheckIn, CheckIn.AddDays(3)).Value);

        var refund = CancellationRefunds.Compute(
            CancellationPolicy.Strict, quote, BookingStatus.Confirmed, CancelledBy.Guest, C.AddDays(-60), CheckIn, C.AddDays(-10));

        refund.ShouldBe(Parse(expected));
        Money.FitsMinorUnit(refund, currency).ShouldBeTrue();
    }

    [Fact]
    public void Compute_Should_RoundHalfTheSubtotal_ToCents()
    {
        var odd = new PriceQuote(1, 100.01m, 100.01m, 0m, 14m, 114.01m, "EUR");

        CancellationRefunds.Compute(
            CancellationPolicy.Moderate, odd, BookingStatus.Confirmed, CancelledBy.Guest, C.AddDays(-60), CheckIn, C.AddDays(-1))
            .ShouldBe(50.01m);
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
