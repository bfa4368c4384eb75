namespace AirbnbClone.Application.UnitTests.TestDoubles;

/// <summary>Where the tests' clocks (<see cref="FakeTimeProvider"/>) start unless a test says otherwise.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
}
