using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

/// <summary>
/// A half-open range of days [Start, End): a stay from Start that checks out on End, so End is
/// free for the next check-in.
/// </summary>
public sealed record DateRange
{
    private DateRange(DateOnly start, DateOnly end)
    {
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Nights => End.DayNumber - Start.DayNumber;

    public static Result<DateRange> Create(DateOnly start, DateOnly end) =>
        end > start ? new DateRange(start, end) : DateRangeErrors.EndNotAfterStart;

    public bool Overlaps(DateRange other) => Start < other.End && other.Start < End;

    public bool Contains(DateOnly day) => day >= Start && day < End;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = Start; day < End; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
