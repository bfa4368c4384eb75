using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.UnitTests.Bookings.ChangeBooking;

public class ChangeBookingCommandHandlerRefusals : ChangeBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithNotGuestAndKeepTheStay_When_TheHostChangesIt()
    {
        var booking = StorePending(from: 10, to: 13);
        SignInAsHost();

        var result = await Handler().Handle(Command(booking.Id, from: 20, to: 22), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotGuest);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        booking.CheckIn.ShouldBe(TestListings.Day(10));
        await NothingSaved();
    }

    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public async Task Handle_Should_FailWithNotFound_When_AStrangerChangesIt(Role role)
    {
        var booking = StorePending();
        SignInAsStranger(role);

        var result = await Handler().Handle(Command(booking.Id, guests: 1), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        booking.Guests.ShouldBe(2);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithOverlapWithoutSaving_When_AnotherBookingHoldsTheNewNights()
    {
        var booking = StorePending();
        SignInAsGuest();
        OverlapsAnotherBooking();

        var result = await Handler().Handle(Command(booking.Id, from: 20, to: 22), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.Overlap);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithOverlap_When_TheExclusionConstraintRefusesTheSave()
    {
        var booking = StorePending();
        SignInAsGuest();
        SaveHitsTheExclusionConstraint();

        var result = await Handler().Handle(Command(booking.Id, from: 20, to: 22), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.Overlap);
    }

    [Fact]
    public async Task Handle_Should_FailWithTooManyGuests_When_TheListingTakesFewer()
    {
        var booking = StorePending();
        SignInAsGuest();

        var result = await Handler().Handle(Command(booking.Id, guests: 5), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.TooManyGuests);
        booking.Guests.ShouldBe(2);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithEndNotAfterStart_When_TheNewCheckInIsAfterTheKeptCheckOut()
    {
        var booking = StorePending(from: 10, to: 13);
        SignInAsGuest();

        var result = await Handler().Handle(Command(booking.Id, from: 14), CancellationToken.None);

        result.Error.ShouldBe(DateRangeErrors.EndNotAfterStart);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithAlreadyStarted_When_TheStayHasBegun()
    {
        var booking = StoreConfirmed(from: 1, to: 5);
        SignInAsGuest();
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(2)));

        var result = await Handler().Handle(Command(booking.Id, to: 6), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.AlreadyStarted);
        booking.CheckOut.ShouldBe(TestListings.Day(5));
        await NothingSaved();
    }
}
