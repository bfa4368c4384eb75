namespace AirbnbClone.Application.Properties.GetPropertyAvailability;

/// <summary>
/// The nights [From, To) a calendar request covers: <c>from</c> defaults to today (UTC), <c>to</c> to 30 nights after
/// <c>from</c>. The validator checks the resolved window and the handler reads it, so both apply the same defaults.
/// </summary>
internal readonly record struct AvailabilityWindow(DateOnly From, DateOnly To)
{
    public const int DefaultNights = 30;

    /// <summary>How far ahead a calendar may start: far beyond any bookable night, well short of the calendar's end.</summary>
    public const int MaxYearsAhead = 10;

    public static AvailabilityWindow Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var start = from ?? today;
        var end = to ?? (start.DayNumber <= DateOnly.MaxValue.DayNumber - DefaultNights ? start.AddDays(DefaultNights) : DateOnly.MaxValue);
        return new AvailabilityWindow(start, end);
    }

    public static AvailabilityWindow Resolve(GetPropertyAvailabilityQuery query, DateOnly today) =>
        Resolve(QueryText.TryDate(query.From, out var from) ? from : null, QueryText.TryDate(query.To, out var to) ? to : null, today);

    public int Nights => To.DayNumber - From.DayNumber;

    public static bool StartsInRange(DateOnly from, DateOnly today) => from <= today.AddYears(MaxYearsAhead);
}
