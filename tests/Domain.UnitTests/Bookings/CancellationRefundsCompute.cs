using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;

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
    // strict: full when C - t >= 14 days; 50% of subtotal + cleaning when >= 7 days; else nothing
    [InlineData("strict", 14 * Day, 433.20)]
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
    [InlineData("strict", 16 * Day + 1, 14 * Day - 1, 200.00)] // one second too late on both counts
    [InlineData("strict", 15 * Day, 14 * Day - 1, 200.00)] // within 48 h but notice too short
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

    [Fact]
    public void Compute_Should_RoundHalfTheSubtotal_ToCents()
    {
        var odd = new PriceQuote(1, 100.01m, 100.01m, 0m, 14m, 114.01m, "EUR");

        CancellationRefunds.Compute(
            CancellationPolicy.Moderate, odd, BookingStatus.Confirmed, CancelledBy.Guest, C.AddDays(-60), CheckIn, C.AddDays(-1))
            .ShouldBe(50.01m);
    }
}
