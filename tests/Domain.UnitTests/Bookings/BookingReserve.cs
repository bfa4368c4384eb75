using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using static AirbnbClone.Domain.UnitTests.Bookings.BookingTestData;

namespace AirbnbClone.Domain.UnitTests.Bookings;

public class BookingReserve
{
    [Fact]
    public void Reserve_Should_CreateAPendingRequest_When_ListingIsNotInstantBook()
    {
        var booking = Booking.Reserve(Listing(), GuestId, Stay(10, 13), 2, Now, Pricing).Value;

        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.ExpiresAt.ShouldBe(Now.AddHours(24));
        booking.GuestId.ShouldBe(GuestId);
        booking.CheckIn.ShouldBe(Today.AddDays(10));
        booking.CheckOut.ShouldBe(Today.AddDays(13));
        booking.Price.ShouldBe(new PriceQuote(3, 120m, 360m, 20m, 53.20m, 433.20m, "EUR"));
        booking.CreatedAt.ShouldBe(Now);
        booking.CancellationPolicy.ShouldBe(CancellationPolicy.Flexible);
    }

    [Fact]
    public void Reserve_Should_Confirm_When_ListingIsInstantBook()
    {
        var booking = Booking.Reserve(Listing(instantBook: true), GuestId, Stay(10, 13), 2, Now, Pricing).Value;

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.ExpiresAt.ShouldBeNull();
        booking.RespondedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(0, 1, 1, null)] // check-in today is not in the past
    [InlineData(-1, 1, 1, "Booking.InPast")]
    [InlineData(1, 2, 0, "Booking.InvalidGuests")]
    [InlineData(1, 3, 4, null)]
    [InlineData(1, 2, 5, "Booking.TooManyGuests")]
    [InlineData(1, 3, 1, null)] // exactly min (2)
    [InlineData(1, 2, 1, "Booking.TooFewNights")]
    [InlineData(1, 6, 1, null)] // exactly max (5)
    [InlineData(1, 7, 1, "Booking.TooManyNights")]
    public void Reserve_Should_EnforceTheStayRules(int from, int to, int guests, string? error)
    {
        var listing = Listing(minNights: from == 0 ? 1 : 2, maxNights: 5);

        var result = Booking.Reserve(listing, GuestId, Stay(from, to), guests, Now, Pricing);

        (result.IsSuccess ? null : result.Error.Code).ShouldBe(error);
    }

    [Fact]
    public void Reserve_Should_TreatTodayInUtc_When_ClockIsLateInTheDay()
    {
        var lateEvening = new DateTimeOffset(2030, 1, 1, 23, 59, 59, TimeSpan.Zero);
        var nextMorning = lateEvening.AddSeconds(1);

        Booking.Reserve(Listing(), GuestId, Stay(0, 2), 1, lateEvening, Pricing).IsSuccess.ShouldBeTrue();
        Booking.Reserve(Listing(), GuestId, Stay(0, 2), 1, nextMorning, Pricing).Error.ShouldBe(BookingErrors.InPast);
    }

    [Fact]
    public void Reserve_Should_AcceptACheckInExactlyMaxDaysAhead_AndRefuseOneDayLater()
    {
        Booking.MaxDaysAhead.ShouldBe(730);
        Booking.Reserve(Listing(), GuestId, Stay(730, 732), 1, Now, Pricing).IsSuccess.ShouldBeTrue();
        Booking.Reserve(Listing(), GuestId, Stay(731, 733), 1, Now, Pricing).Error.ShouldBe(BookingErrors.TooFarAhead);
        BookingErrors.TooFarAhead.Type.ShouldBe(ErrorType.Validation);
    }

    [Fact]
    public void Reserve_Should_Fail_When_GuestIsTheHost() =>
        Booking.Reserve(Listing(), HostId, Stay(10, 13), 2, Now, Pricing).Error.ShouldBe(BookingErrors.OwnListing);

    [Fact]
    public void Reserve_Should_Fail_When_ListingIsUnlisted()
    {
        var listing = Listing();
        listing.Unlist(Now);

        Booking.Reserve(listing, GuestId, Stay(10, 13), 2, Now, Pricing).Error.ShouldBe(PropertyErrors.NotFound);
    }

    [Theory]
    [InlineData(5, 10, false)] // ends on the block's first night: free
    [InlineData(13, 15, false)] // starts on the block's end day: free
    [InlineData(9, 11, true)] // overlaps the start
    [InlineData(12, 14, true)] // overlaps the end
    [InlineData(11, 12, true)] // inside
    [InlineData(8, 15, true)] // surrounds
    [InlineData(10, 13, true)] // same range
    public void Reserve_Should_RespectHostBlocks_AsHalfOpenRanges(int from, int to, bool blocked)
    {
        var listing = Listing();
        listing.AddBlock(Stay(10, 13), Today, Now).IsSuccess.ShouldBeTrue();

        var result = Booking.Reserve(listing, GuestId, Stay(from, to), 1, Now, Pricing);

        (result.IsFailure && result.Error == BookingErrors.DatesBlocked).ShouldBe(blocked);
    }

    [Fact]
    public void Quote_Should_ApplyTheSameRules_When_NothingIsBooked()
    {
        Booking.Quote(Listing(), GuestId, Stay(10, 13), 2, Now, Pricing).Value.Total.ShouldBe(433.20m);
        Booking.Quote(Listing(), GuestId, Stay(10, 13), 9, Now, Pricing).Error.ShouldBe(BookingErrors.TooManyGuests);
    }

    [Fact]
    public void Errors_Should_CarryTheirHttpMeaning()
    {
        BookingErrors.Overlap.Type.ShouldBe(ErrorType.Conflict);
        BookingErrors.Overlap.Code.ShouldBe("Booking.Overlap");
        BookingErrors.NotFound.Type.ShouldBe(ErrorType.NotFound);
        BookingErrors.InPast.Type.ShouldBe(ErrorType.Validation);
        BookingErrors.NotHost.Type.ShouldBe(ErrorType.Forbidden);
        BookingErrors.InvalidTransition.Type.ShouldBe(ErrorType.Conflict);
    }
}
