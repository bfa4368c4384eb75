using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.CreateBooking;

public class CreateBookingCommandHandlerSuccess : CreateBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_AddAPendingRequestRecordBookingRequestedAndSaveOnce_When_TheListingIsRequestToBook()
    {
        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Added.ShouldNotBeNull();
        Added.GuestId.ShouldBe(GuestId);
        Added.PropertyId.ShouldBe(Listing.Id);
        Added.Status.ShouldBe(BookingStatus.Pending);
        Added.ExpiresAt.ShouldBe(Clock.GetUtcNow() + Booking.RequestLifetime);
        Added.DomainEvents.ShouldBe([new BookingRequestedDomainEvent(Added.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_ConfirmAtOnceAndRecordBookingConfirmed_When_TheListingIsInstantBook()
    {
        Store(TestListings.Listing(HostId, instantBook: true));

        var result = await Handler().Handle(Command(), CancellationToken.None);

        result.Value.Status.ShouldBe("confirmed");
        result.Value.ExpiresAt.ShouldBeNull();
        Added!.Status.ShouldBe(BookingStatus.Confirmed);
        Added.DomainEvents.ShouldBe([new BookingConfirmedDomainEvent(Added.Id, Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheServerPricedBooking_When_Successful()
    {
        var result = await Handler().Handle(Command(from: 10, to: 13, guests: 3), CancellationToken.None);

        var response = result.Value;
        response.Id.ShouldBe(Added!.Id);
        response.PropertyId.ShouldBe(Listing.Id);
        response.GuestId.ShouldBe(GuestId);
        response.CheckIn.ShouldBe(TestListings.Day(10));
        response.CheckOut.ShouldBe(TestListings.Day(13));
        response.Guests.ShouldBe(3);
        response.Status.ShouldBe("pending");
        response.ExpiresAt.ShouldBe(Clock.GetUtcNow() + Booking.RequestLifetime);
        response.Refund.ShouldBeNull();
        // 3 nights x 120 + 20 cleaning = 380; 14% service fee = 53.20.
        response.Price.ShouldBe(new AirbnbClone.Application.Bookings.PriceResponse(3, 120m, 360m, 20m, 53.20m, 433.20m, "EUR"));
    }

    [Fact]
    public async Task Handle_Should_LockTheListingAndCheckOverlapOnTheRequestedNights_When_Booking()
    {
        await Handler().Handle(Command(from: 10, to: 13), CancellationToken.None);

        await Properties.Received(1).GetByIdForUpdateAsync(Listing.Id, Arg.Any<CancellationToken>());
        await Bookings.Received(1).OverlapsAsync(Listing.Id, TestListings.Stay(10, 13), null, Arg.Any<CancellationToken>());
    }
}
