using System.Globalization;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class DateRangeNights
{
    [Theory]
    [InlineData("2026-01-01", "2026-01-02", 1)]
    [InlineData("2026-01-01", "2026-01-08", 7)]
    [InlineData("2026-02-27", "2026-03-01", 2)] // not a leap year
    [InlineData("2028-02-27", "2028-03-01", 3)] // leap year
    [InlineData("2026-12-30", "2027-01-02", 3)]
    public void Nights_Should_CountDaysFromStartToEnd_When_RangeIsValid(string start, string end, int expected)
    {
        DateRange.Create(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)).Value.Nights.ShouldBe(expected);
    }
}
