using AirbnbClone.Application.Bookings.CancelBooking;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.CancelBooking;

public class CancelBookingCommandHandlerRefusals : CancelBookingCommandHandlerTestBase
{
    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public async Task Handle_Should_FailWithNotFoundAndKeepTheBooking_When_AStrangerCancels(Role role)
    {
        var booking = StoreConfirmed();
        SignInAsStranger(role);

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheCallerIsAnonymous()
    {
        var booking = StoreConfirmed();
        SignOut();

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheBookingDoesNotExist()
    {
        SignInAsGuest();

        var result = await Handler().Handle(new CancelBookingCommand(Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidTransition_When_TheCheckOutDayHasCome()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        SignInAsGuest();
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(13)));

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.InvalidTransition);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidTransitionWithoutSavingAgain_When_TheBookingIsAlreadyCancelled()
    {
        var booking = StorePending();
        SignInAsGuest();
        (await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None)).IsSuccess.ShouldBeTrue();
        UnitOfWork.ClearReceivedCalls();

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.InvalidTransition);
        await NothingSaved();
    }
}
