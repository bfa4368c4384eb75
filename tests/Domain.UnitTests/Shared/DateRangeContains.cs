using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class DateRangeContains
{
    [Theory]
    [InlineData(4, false)] // day before start
    [InlineData(5, true)] // start
    [InlineData(6, true)]
    [InlineData(7, true)] // last night
    [InlineData(8, false)] // end (check-out day) is excluded
    [InlineData(9, false)]
    public void Contains_Should_IncludeStartAndExcludeEnd_When_RangeIsHalfOpen(int day, bool expected)
    {
        var range = DateRange.Create(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 8)).Value;

        range.Contains(new DateOnly(2026, 1, day)).ShouldBe(expected);
    }
}
