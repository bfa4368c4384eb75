using AirbnbClone.Application.Bookings.ExpireBooking;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.UnitTests.Bookings.ExpireBooking;

/// <summary>Sent by the expiry job: a stale job (answered, cancelled, not yet due) does nothing and still succeeds.</summary>
public class ExpireBookingCommandHandlerExpiry : BookingHandlerTestBase
{
    private protected ExpireBookingCommandHandler Handler() => new(Bookings, UnitOfWork, Clock);

    [Fact]
    public async Task Handle_Should_ExpireRecordBookingExpiredAndSaveOnce_When_TheDeadlineHasPassed()
    {
        var booking = StorePending();
        Clock.Advance(Booking.RequestLifetime);

        var result = await Handler().Handle(new ExpireBookingCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Expired);
        booking.DomainEvents.ShouldBe([new BookingExpiredDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutSaving_When_TheDeadlineHasNotPassed()
    {
        var booking = StorePending();
        Clock.Advance(Booking.RequestLifetime - TimeSpan.FromSeconds(1));

        var result = await Handler().Handle(new ExpireBookingCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutSaving_When_TheHostAnsweredMeanwhile()
    {
        var booking = StoreConfirmed();
        Clock.Advance(Booking.RequestLifetime * 2);

        var result = await Handler().Handle(new ExpireBookingCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutSaving_When_TheBookingIsGone()
    {
        var result = await Handler().Handle(new ExpireBookingCommand(Guid.NewGuid()), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await NothingSaved();
    }
}
