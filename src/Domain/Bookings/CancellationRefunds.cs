using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Domain.Bookings;

/// <summary>
/// How much of a booking's total is refunded when it is cancelled at <c>t</c>, with <c>C</c> the start (00:00 UTC)
/// of the check-in day and <c>B</c> the time the booking was made. Amounts are rounded to cents.
/// </summary>
public static class CancellationRefunds
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(48);

    public static readonly TimeSpan GraceNotice = TimeSpan.FromDays(14);

    public static decimal Compute(
        CancellationPolicy policy,
        PriceQuote price,
        BookingStatus status,
        CancelledBy cancelledBy,
        DateTimeOffset bookedAt,
        DateOnly checkIn,
        DateTimeOffset cancelledAt)
    {
        ArgumentNullException.ThrowIfNull(price);
        if (cancelledBy != CancelledBy.Guest || status == BookingStatus.Pending)
        {
            return price.Total;
        }

        var checkInStart = new DateTimeOffset(checkIn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var notice = checkInStart - cancelledAt;
        if (cancelledAt - bookedAt <= GracePeriod && notice >= GraceNotice)
        {
            return price.Total;
        }

        var beforeCheckIn = cancelledAt < checkInStart;
        var refund = policy switch
        {
            CancellationPolicy.Flexible => notice >= TimeSpan.FromHours(24)
                ? price.Total
                : price.Total - price.NightlyRate - price.ServiceFee - (beforeCheckIn ? 0m : price.CleaningFee),
            CancellationPolicy.Moderate => notice >= TimeSpan.FromDays(5)
                ? price.Total
                : Half(price.Subtotal) + (beforeCheckIn ? price.CleaningFee : 0m),
            CancellationPolicy.Strict => notice >= TimeSpan.FromDays(14)
                ? price.Total
                : notice >= TimeSpan.FromDays(7) ? Half(price.Subtotal) + price.CleaningFee : 0m,
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown cancellation policy."),
        };
        return Math.Clamp(Math.Round(refund, 2, MidpointRounding.AwayFromZero), 0m, price.Total);
    }

    private static decimal Half(decimal amount) => Math.Round(amount / 2m, 2, MidpointRounding.AwayFromZero);
}
