namespace AirbnbClone.Application.UnitTests.TestDoubles;

/// <summary>A clock that only moves when told to.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void SetUtcNow(DateTimeOffset now) => _now = now;
}
