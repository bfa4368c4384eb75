using AirbnbClone.Application.Bookings.DeclineBooking;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.UnitTests.Bookings.DeclineBooking;

public class DeclineBookingCommandHandlerAnswers : DeclineBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_DeclineRecordBookingDeclinedAndSaveOnce_When_TheHostAnswersInTime()
    {
        var booking = StorePending();
        SignInAsHost();

        var result = await Handler().Handle(new DeclineBookingCommand(booking.Id), CancellationToken.None);

        result.Value.Status.ShouldBe("declined");
        booking.Status.ShouldBe(BookingStatus.Declined);
        booking.DomainEvents.ShouldBe([new BookingDeclinedDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotHost_When_TheGuestDeclines()
    {
        var booking = StorePending();
        SignInAsGuest();

        var result = await Handler().Handle(new DeclineBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotHost);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_AStrangerDeclines()
    {
        var booking = StorePending();
        SignInAsStranger(AirbnbClone.Domain.Users.Role.Host);

        var result = await Handler().Handle(new DeclineBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidTransition_When_TheBookingIsConfirmed()
    {
        var booking = StoreConfirmed();
        SignInAsHost();

        var result = await Handler().Handle(new DeclineBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.InvalidTransition);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheBookingDoesNotExist()
    {
        SignInAsHost();

        var result = await Handler().Handle(new DeclineBookingCommand(Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        await NothingSaved();
    }
}
