using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.CreateBooking;

/// <summary>Issue 10, defect 8: at most <c>Bookings:MaxPendingPerGuest</c> live requests per guest; confirmed bookings do not count.</summary>
public class CreateBookingCommandHandlerPendingLimit : CreateBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_RefuseWithTooManyPendingAndSaveNothing_When_TheGuestAlreadyHoldsTheMostRequests()
    {
        HoldsOtherRequests(PendingLimit.MaxPerGuest);

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.TooManyPending);
        Added.ShouldBeNull();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_AddTheRequest_When_TheGuestHoldsOneRequestFewerThanTheLimit()
    {
        HoldsOtherRequests(PendingLimit.MaxPerGuest - 1);

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Value.Status.ShouldBe("pending");
        await Bookings.Received(1).LockAndCountOtherPendingRequestsAsync(GuestId, Added!.Id, Clock.GetUtcNow(), Arg.Any<CancellationToken>());
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_ConfirmWithoutCountingRequests_When_TheListingIsInstantBook()
    {
        Store(TestListings.Listing(HostId, instantBook: true));
        HoldsOtherRequests(PendingLimit.MaxPerGuest);

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Value.Status.ShouldBe("confirmed");
        await Bookings.DidNotReceive().LockAndCountOtherPendingRequestsAsync(
            Arg.Any<Guid>(), Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    private void HoldsOtherRequests(int count) =>
        Bookings.LockAndCountOtherPendingRequestsAsync(GuestId, Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>())
            .Returns(count);
}
