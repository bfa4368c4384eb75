using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Properties.AddPropertyBlock;
using AirbnbClone.Domain.Shared;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.AddPropertyBlock;

public abstract class AddPropertyBlockCommandHandlerTestBase : PropertyHandlerTestBase
{
    private protected AddPropertyBlockCommandHandler Handler() => new(Properties, Bookings, CurrentUser, UnitOfWork, Mapper, Clock);

    /// <summary>Days counted from the clock's today.</summary>
    protected DateOnly Day(int offset) => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(offset);

    protected AddPropertyBlockCommand Command(int from, int to, Guid? propertyId = null) => new(propertyId ?? Listing.Id, Day(from), Day(to));

    protected void OverlapsABooking() =>
        Bookings.OverlapsAsync(Arg.Any<Guid>(), Arg.Any<DateRange>(), Arg.Any<Guid?>(), Arg.Any<CancellationToken>()).Returns(true);

    protected void SaveHitsTheExclusionConstraint() =>
        UnitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>()).Returns<Task>(_ => throw new ExclusionConstraintException("property_blocks_no_overlap"));
}
