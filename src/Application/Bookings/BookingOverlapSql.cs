namespace AirbnbClone.Application.Bookings;

/// <summary>
/// The one statement of "an active booking shares a night with this stay", for every SQL that asks it: the write
/// side's overlap check and block check, search's free-dates filter, the availability calendar. Stays are half-open
/// [check_in, check_out), so a stay may start on the day another ends. The status list repeats the partial predicate
/// of the exclusion constraint <c>ex_bookings_no_overlap</c> (migration 0004), so its GiST index answers the probe;
/// that constraint is the guarantee, this fragment the early, friendly answer.
/// </summary>
public static class BookingOverlapSql
{
    /// <summary>Statuses that hold nights.</summary>
    public const string Active = "b.status IN ('pending', 'confirmed')";

    /// <summary>Booking alias <c>b</c>; parameters <c>@StayStart</c> and <c>@StayEnd</c> (dates, end exclusive).</summary>
    public const string SharesANight = Active + " AND daterange(b.check_in, b.check_out, '[)') && daterange(@StayStart::date, @StayEnd::date, '[)')";
}
