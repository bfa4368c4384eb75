using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Bookings;

/// <summary>
/// How much of a booking's total is refunded when it is cancelled at <c>t</c>, with <c>C</c> the start (00:00 UTC)
/// of the check-in day and <c>B</c> the time the booking was made. Amounts are rounded to the currency's minor unit.
/// A guest who cancels a confirmed stay within the grace (<c>t - B &lt;= 48 h</c> and <c>C - t &gt;= 14 days</c>) is
/// refunded in full under every policy; outside it:
/// flexible: full when <c>C - t &gt;= 24 h</c>, else the total less the first night and the service fee (and the cleaning
/// fee once the stay has begun);
/// moderate: full when <c>C - t &gt;= 5 days</c>, else half the subtotal plus the cleaning fee before check-in;
/// strict: half the subtotal plus the cleaning fee when <c>C - t &gt;= 7 days</c>, else nothing (the service fee is never
/// refunded, as on the big platforms).
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
                : Half(price) + (beforeCheckIn ? price.CleaningFee : 0m),
            CancellationPolicy.Strict => notice >= TimeSpan.FromDays(7) ? Half(price) + price.CleaningFee : 0m,
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown cancellation policy."),
        };
        return Math.Clamp(Money.Round(refund, price.Currency), 0m, price.Total);
    }

    private static decimal Half(PriceQuote price) => Money.Round(price.Subtotal / 2m, price.Currency);
}
