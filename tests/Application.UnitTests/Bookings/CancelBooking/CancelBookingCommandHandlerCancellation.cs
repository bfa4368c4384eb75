using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.CancelBooking;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.UnitTests.Bookings.CancelBooking;

public class CancelBookingCommandHandlerCancellation : CancelBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_CancelRecordBookingCancelledAndSaveOnce_When_TheGuestCancelsARequest()
    {
        var booking = StorePending();
        SignInAsGuest();

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.CancelledBy.ShouldBe(GuestId);
        booking.CancelledAt.ShouldBe(Clock.GetUtcNow());
        booking.DomainEvents.ShouldBe([new BookingCancelledDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheFullRefund_When_APendingRequestIsCancelled()
    {
        var booking = StorePending();
        SignInAsGuest();

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Value.Status.ShouldBe("cancelled");
        result.Value.CancelledAt.ShouldBe(Clock.GetUtcNow());
        result.Value.ExpiresAt.ShouldBeNull();
        result.Value.Refund.ShouldBe(new RefundResponse(433.20m, "EUR"));
    }

    [Fact]
    public async Task Handle_Should_AnswerThePolicysPartialRefund_When_TheGuestCancelsAConfirmedStayLate()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        SignInAsGuest();
        // Flexible, less than 24 hours before check-in and past the grace period: the first night and the fee are kept.
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(10)).AddHours(-1));

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Value.Refund.ShouldBe(new RefundResponse(433.20m - 120m - 53.20m, "EUR"));
        booking.RefundAmount.ShouldBe(260m);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_RefundInFull_When_TheHostCancelsAConfirmedStay()
    {
        var booking = StoreConfirmed();
        SignInAsHost();
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(10)).AddHours(-1));

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.Value.Refund.ShouldBe(new RefundResponse(booking.Total, "EUR"));
        booking.CancelledBy.ShouldBe(HostId);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_CancelAsSupport_When_AnAdminCancels()
    {
        var booking = StoreConfirmed();
        var adminId = Guid.NewGuid();
        SignIn(adminId, AirbnbClone.Domain.Users.Role.Admin);

        var result = await Handler().Handle(new CancelBookingCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.CancelledBy.ShouldBe(adminId);
        await SavedOnce();
    }
}
