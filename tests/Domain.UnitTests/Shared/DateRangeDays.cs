using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class DateRangeDays
{
    [Fact]
    public void Days_Should_EnumerateFromStartToTheDayBeforeEnd_When_RangeIsValid()
    {
        var range = DateRange.Create(new DateOnly(2026, 1, 30), new DateOnly(2026, 2, 2)).Value;

        range.Days().ShouldBe([new DateOnly(2026, 1, 30), new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 1)]);
    }

    [Fact]
    public void Days_Should_YieldOneDayPerNight_When_RangeIsValid()
    {
        var range = DateRange.Create(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15)).Value;

        range.Days().Count().ShouldBe(range.Nights);
    }
}
