using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.QuoteBooking;

public class QuoteBookingQueryHandlerQuotes : QuoteBookingQueryHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_AnswerTheServerPriceWithoutBooking_When_TheStayIsBookable()
    {
        var result = await Handler().Handle(Query(from: 10, to: 12, guests: "4"), CancellationToken.None);

        result.Value.ShouldBe(new QuoteResponse(
            Listing.Id, TestListings.Day(10), TestListings.Day(12), 4, new PriceResponse(2, 120m, 240m, 20m, 36.40m, 296.40m, "EUR")));
        Bookings.DidNotReceive().Add(Arg.Any<Booking>());
        await Bookings.Received(1).OverlapsAsync(Listing.Id, TestListings.Stay(10, 12), null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_ReadTheListingWithItsBlocksUnlocked_When_Quoting()
    {
        await Handler().Handle(Query(), CancellationToken.None);

        await Properties.Received(1).GetByIdWithBlocksAsync(Listing.Id, Arg.Any<CancellationToken>());
        await Properties.DidNotReceive().GetByIdForUpdateAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_FailWithPropertyNotFound_When_TheListingDoesNotExist()
    {
        var result = await Handler().Handle(Query(propertyId: Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
    }

    [Fact]
    public async Task Handle_Should_FailWithPropertyNotFound_When_TheListingIsUnlisted()
    {
        Store(TestListings.Unlisted(HostId));

        var result = await Handler().Handle(Query(), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
    }

    [Fact]
    public async Task Handle_Should_FailWithDatesBlocked_When_TheHostBlockedANightOfTheStay()
    {
        Listing.AddBlock(TestListings.Stay(11, 12), TestListings.Today, TestListings.Now).IsSuccess.ShouldBeTrue();

        var result = await Handler().Handle(Query(from: 10, to: 13), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.DatesBlocked);
    }

    [Fact]
    public async Task Handle_Should_FailWithOwnListing_When_TheHostAsks()
    {
        SignIn(HostId, Role.Host);

        var result = await Handler().Handle(Query(), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.OwnListing);
    }

    [Fact]
    public async Task Handle_Should_FailWithOverlap_When_AnotherBookingHoldsTheNights()
    {
        OverlapsAnotherBooking();

        var result = await Handler().Handle(Query(), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.Overlap);
    }

    [Fact]
    public async Task Handle_Should_FailWithoutReadingTheListing_When_CheckOutIsNotAfterCheckIn()
    {
        var result = await Handler().Handle(Query(from: 12, to: 10), CancellationToken.None);

        result.Error.ShouldBe(AirbnbClone.Domain.Shared.DateRangeErrors.EndNotAfterStart);
        await Properties.DidNotReceive().GetByIdWithBlocksAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>());
    }
}
