using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Properties;

/// <summary>Nights a host has taken off the calendar: half-open [StartDate, EndDate).</summary>
public sealed class PropertyBlock : Entity
{
    internal PropertyBlock(Guid id, Guid propertyId, DateRange range, DateTimeOffset now)
        : base(id)
    {
        PropertyId = propertyId;
        StartDate = range.Start;
        EndDate = range.End;
        CreatedAt = now;
    }

    private PropertyBlock()
    {
    }

    public Guid PropertyId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public DateRange Range => DateRange.Create(StartDate, EndDate).Value;
}
