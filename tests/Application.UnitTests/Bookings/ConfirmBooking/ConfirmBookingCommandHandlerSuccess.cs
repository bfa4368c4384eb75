using AirbnbClone.Application.Bookings.ConfirmBooking;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.UnitTests.Bookings.ConfirmBooking;

public class ConfirmBookingCommandHandlerSuccess : ConfirmBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_ConfirmRecordBookingConfirmedAndSaveOnce_When_TheHostAnswersInTime()
    {
        var booking = StorePending();
        SignInAsHost();
        Clock.Advance(TimeSpan.FromHours(2));

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.RespondedAt.ShouldBe(Clock.GetUtcNow());
        booking.DomainEvents.ShouldBe([new BookingConfirmedDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheConfirmedBookingWithoutADeadline_When_Successful()
    {
        var booking = StorePending();
        SignInAsHost();

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Value.Id.ShouldBe(booking.Id);
        result.Value.Status.ShouldBe("confirmed");
        result.Value.ExpiresAt.ShouldBeNull();
        result.Value.UpdatedAt.ShouldBe(Clock.GetUtcNow());
    }
}
