using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class DateRangeOverlaps
{
    // Day numbers in January 2026; each range is [start, end).
    [Theory]
    [InlineData(1, 5, 5, 8)] // adjacent: check-in on the other's check-out day
    [InlineData(5, 8, 1, 5)] // adjacent, other order
    [InlineData(1, 3, 6, 9)] // apart
    [InlineData(6, 9, 1, 3)] // apart, other order
    public void Overlaps_Should_BeFalse_When_RangesShareNoNight(int aStart, int aEnd, int bStart, int bEnd)
    {
        var a = Range(aStart, aEnd);
        var b = Range(bStart, bEnd);

        a.Overlaps(b).ShouldBeFalse();
        b.Overlaps(a).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1, 10, 3, 5)] // other inside
    [InlineData(3, 5, 1, 10)] // other surrounding
    [InlineData(1, 5, 1, 3)] // same start
    [InlineData(1, 5, 3, 5)] // same end
    [InlineData(1, 5, 1, 5)] // identical
    [InlineData(1, 5, 4, 8)] // one shared night at the end
    [InlineData(4, 8, 1, 5)] // one shared night at the start
    public void Overlaps_Should_BeTrue_When_RangesShareAtLeastOneNight(int aStart, int aEnd, int bStart, int bEnd)
    {
        var a = Range(aStart, aEnd);
        var b = Range(bStart, bEnd);

        a.Overlaps(b).ShouldBeTrue();
        b.Overlaps(a).ShouldBeTrue();
    }

    private static DateRange Range(int startDay, int endDay) =>
        DateRange.Create(new DateOnly(2026, 1, startDay), new DateOnly(2026, 1, endDay)).Value;
}
