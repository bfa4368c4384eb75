using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.CreateBooking;

public class CreateBookingCommandHandlerRefusals : CreateBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithPropertyNotFound_When_TheListingDoesNotExist()
    {
        var result = await Handler().Handle(Command(propertyId: Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithPropertyNotFound_When_TheListingIsUnlisted()
    {
        Store(TestListings.Unlisted(HostId));

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithOwnListing_When_TheHostBooksTheirOwnListing()
    {
        SignIn(HostId, Role.Host);

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.OwnListing);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithInPastAndBookNothing_When_CheckInIsBeforeToday()
    {
        var result = await Handler().Handle(Command(from: -1, to: 2), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.InPast);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithTooManyGuestsAndBookNothing_When_TheListingTakesFewer()
    {
        var result = await Handler().Handle(Command(guests: 5), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.TooManyGuests);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithEndNotAfterStart_When_CheckOutIsCheckIn()
    {
        var result = await Handler().Handle(Command(from: 10, to: 10), CancellationToken.None);

        result.Error.ShouldBe(DateRangeErrors.EndNotAfterStart);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithOverlapAndAddNothing_When_AnotherBookingHoldsTheNights()
    {
        OverlapsAnotherBooking();

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.Overlap);
        await AssertNothingBooked();
    }

    [Fact]
    public async Task Handle_Should_FailWithOverlap_When_TheExclusionConstraintRefusesTheSave()
    {
        SaveHitsTheExclusionConstraint();

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.IsFailure.ShouldBeTrue();
        result.Error.ShouldBe(BookingErrors.Overlap);
        result.Error.Type.ShouldBe(ErrorType.Conflict);
    }

    private async Task AssertNothingBooked()
    {
        Added.ShouldBeNull();
        Bookings.DidNotReceive().Add(Arg.Any<Booking>());
        await NothingSaved();
    }
}
