using AirbnbClone.Application.Abstractions.Jobs;

namespace AirbnbClone.Application.UnitTests.Jobs;

public class JobBackoffDelay
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(6, 320)]
    public void Delay_Should_DoubleWithEachAttempt_When_ThereIsNoJitter(int attempt, double seconds)
    {
        JobBackoff.Delay(attempt, Base, Max, 0).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Delay_Should_AddAtMostAQuarter_When_JitterIsNearOne()
    {
        var delay = JobBackoff.Delay(2, Base, Max, 0.999999);

        delay.ShouldBeGreaterThan(TimeSpan.FromSeconds(24.99));
        delay.ShouldBeLessThan(TimeSpan.FromSeconds(25));
    }

    [Fact]
    public void Delay_Should_GrowStrictly_When_TheWorstJitterMeetsTheBest()
    {
        for (var attempt = 1; attempt < 8; attempt++)
        {
            JobBackoff.Delay(attempt + 1, Base, Max, 0).ShouldBeGreaterThan(JobBackoff.Delay(attempt, Base, Max, 0.999999));
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(64)]
    [InlineData(int.MaxValue)]
    public void Delay_Should_StopAtTheCap_When_AttemptsAreMany(int attempt)
    {
        JobBackoff.Delay(attempt, Base, Max, 0).ShouldBe(Max);
        JobBackoff.Delay(attempt, Base, Max, 0.5).ShouldBe(Max * 1.125);
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, -0.1)]
    [InlineData(1, 1.0)]
    [InlineData(1, double.NaN)]
    public void Delay_Should_Throw_When_ArgumentsAreOutOfRange(int attempt, double jitter)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => JobBackoff.Delay(attempt, Base, Max, jitter));
    }
}
