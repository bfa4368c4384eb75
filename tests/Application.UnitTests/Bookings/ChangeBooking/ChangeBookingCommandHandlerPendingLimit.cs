using AirbnbClone.Domain.Bookings;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.ChangeBooking;

/// <summary>A changed confirmed stay that becomes a request again counts against the guest's pending-request limit.</summary>
public class ChangeBookingCommandHandlerPendingLimit : ChangeBookingCommandHandlerTestBase
{
    public ChangeBookingCommandHandlerPendingLimit() => SignInAsGuest();

    [Fact]
    public async Task Handle_Should_RefuseWithTooManyPendingAndSaveNothing_When_AConfirmedStayWouldBecomeARequestBeyondTheLimit()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        Bookings.LockAndCountOtherPendingRequestsAsync(GuestId, booking.Id, Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .Returns(PendingLimit.MaxPerGuest);

        var result = await Handler().Handle(Command(booking.Id, to: 14), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.TooManyPending);
        await NothingSaved();
    }
}
