using AirbnbClone.Application.Bookings.CompleteStay;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.UnitTests.Bookings.CompleteStay;

/// <summary>Sent by the completion job: a stale job (cancelled, dates moved) does nothing and still succeeds.</summary>
public class CompleteStayCommandHandlerCompletion : BookingHandlerTestBase
{
    private protected CompleteStayCommandHandler Handler() => new(Bookings, UnitOfWork, Clock);

    [Fact]
    public async Task Handle_Should_CompleteRecordBookingCompletedAndSaveOnce_When_TheCheckOutDayHasEnded()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(14)));

        var result = await Handler().Handle(new CompleteStayCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Completed);
        booking.DomainEvents.ShouldBe([new BookingCompletedDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutSaving_When_TheCheckOutDayIsNotOver()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(14)).AddTicks(-1));

        var result = await Handler().Handle(new CompleteStayCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutSaving_When_TheBookingWasCancelled()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        booking.Cancel(GuestId, false, HostId, TestListings.Now).IsSuccess.ShouldBeTrue();
        booking.ClearDomainEvents();
        Clock.SetUtcNow(Booking.StartOf(TestListings.Day(20)));

        var result = await Handler().Handle(new CompleteStayCommand(booking.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutSaving_When_TheBookingIsGone()
    {
        var result = await Handler().Handle(new CompleteStayCommand(Guid.NewGuid()), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await NothingSaved();
    }
}
