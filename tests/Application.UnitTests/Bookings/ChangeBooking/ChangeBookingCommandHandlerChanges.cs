using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.ChangeBooking;

public class ChangeBookingCommandHandlerChanges : ChangeBookingCommandHandlerTestBase
{
    public ChangeBookingCommandHandlerChanges() => SignInAsGuest();

    [Fact]
    public async Task Handle_Should_MoveAndRepriceTheStayRecordBookingChangedAndSaveOnce_When_TheGuestChangesDates()
    {
        var booking = StorePending(from: 10, to: 13);

        var result = await Handler().Handle(Command(booking.Id, from: 20, to: 22), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        booking.CheckIn.ShouldBe(TestListings.Day(20));
        booking.CheckOut.ShouldBe(TestListings.Day(22));
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.DomainEvents.ShouldBe([new BookingChangedDomainEvent(booking.Id, Listing.Id)]);
        result.Value.Price.ShouldBe(new PriceResponse(2, 120m, 240m, 20m, 36.40m, 296.40m, "EUR"));
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_KeepTheDatesNotGiven_When_OnlyTheGuestCountChanges()
    {
        var booking = StorePending(from: 10, to: 13);

        var result = await Handler().Handle(Command(booking.Id, guests: 3), CancellationToken.None);

        result.Value.CheckIn.ShouldBe(TestListings.Day(10));
        result.Value.CheckOut.ShouldBe(TestListings.Day(13));
        result.Value.Guests.ShouldBe(3);
        booking.Guests.ShouldBe(3);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_LockTheListingAndIgnoreTheBookingsOwnNights_When_CheckingOverlap()
    {
        var booking = StorePending(from: 10, to: 13);

        await Handler().Handle(Command(booking.Id, from: 11, to: 14), CancellationToken.None);

        await Properties.Received(1).GetByIdForUpdateAsync(Listing.Id, Arg.Any<CancellationToken>());
        await Bookings.Received(1).OverlapsAsync(Listing.Id, TestListings.Stay(11, 14), booking.Id, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_SendAConfirmedStayBackToPendingAndRecordBookingRequested_When_TheListingIsRequestToBook()
    {
        var booking = StoreConfirmed(from: 10, to: 13);
        Clock.Advance(TimeSpan.FromHours(1));

        var result = await Handler().Handle(Command(booking.Id, to: 14), CancellationToken.None);

        result.Value.Status.ShouldBe("pending");
        result.Value.ExpiresAt.ShouldBe(Clock.GetUtcNow() + Booking.RequestLifetime);
        booking.DomainEvents.ShouldBe([new BookingRequestedDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_KeepAConfirmedStayConfirmed_When_TheListingIsInstantBook()
    {
        Store(TestListings.Listing(HostId, instantBook: true));
        var booking = StoreConfirmed(from: 10, to: 13);

        var result = await Handler().Handle(Command(booking.Id, to: 14), CancellationToken.None);

        result.Value.Status.ShouldBe("confirmed");
        booking.DomainEvents.ShouldBe([new BookingChangedDomainEvent(booking.Id, Listing.Id)]);
        await SavedOnce();
    }
}
