using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.UnitTests.Shared;

public class DateRangeCreate
{
    [Fact]
    public void Create_Should_Succeed_When_EndIsAfterStart()
    {
        var result = DateRange.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2));

        result.IsSuccess.ShouldBeTrue();
        result.Value.Start.ShouldBe(new DateOnly(2026, 1, 1));
        result.Value.End.ShouldBe(new DateOnly(2026, 1, 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-30)]
    public void Create_Should_FailWithEndNotAfterStart_When_EndIsOnOrBeforeStart(int endOffsetDays)
    {
        var start = new DateOnly(2026, 1, 10);

        var result = DateRange.Create(start, start.AddDays(endOffsetDays));

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(DateRangeErrors.EndNotAfterStart);
    }
}
