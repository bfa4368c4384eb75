using AirbnbClone.Domain.Bookings;
using static AirbnbClone.Domain.UnitTests.Bookings.BookingTestData;

namespace AirbnbClone.Domain.UnitTests.Bookings;

public class BookingChange
{
    [Fact]
    public void Change_Should_RequoteTheStay()
    {
        var booking = Reserve(Listing(), 10, 13);

        booking.Change(Listing(), GuestId, Stay(10, 11), 1, Now, Pricing).IsSuccess.ShouldBeTrue();

        booking.Nights.ShouldBe(1);
        booking.Total.ShouldBe(159.60m); // (120 + 20) x 1.14
        booking.Guests.ShouldBe(1);
        booking.CheckOut.ShouldBe(Today.AddDays(11));
    }

    [Fact]
    public void Change_Should_SendAConfirmedBookingBackToPending_When_ListingIsRequestToBook()
    {
        var booking = Reserve(Listing(instantBook: true));
        var later = Now.AddHours(5);

        booking.Change(Listing(instantBook: false), GuestId, Stay(11, 14), 2, later, Pricing).IsSuccess.ShouldBeTrue();

        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.ExpiresAt.ShouldBe(later.AddHours(24));
    }

    [Fact]
    public void Change_Should_KeepAConfirmedBookingConfirmed_When_ListingIsInstantBook()
    {
        var booking = Reserve(Listing(instantBook: true));

        booking.Change(Listing(instantBook: true), GuestId, Stay(11, 14), 2, Now, Pricing).IsSuccess.ShouldBeTrue();

        booking.Status.ShouldBe(BookingStatus.Confirmed);
    }

    [Fact]
    public void Change_Should_Fail_When_CallerIsNotTheGuest() =>
        Reserve(Listing()).Change(Listing(), HostId, Stay(11, 14), 2, Now, Pricing).Error.ShouldBe(BookingErrors.NotGuest);

    [Fact]
    public void Change_Should_Fail_When_TheStayHasStarted()
    {
        var booking = Reserve(Listing(instantBook: true), 10, 13);

        booking.Change(Listing(instantBook: true), GuestId, Stay(10, 12), 2, Booking.StartOf(Today.AddDays(10)), Pricing)
            .Error.ShouldBe(BookingErrors.AlreadyStarted);
        booking.Change(Listing(instantBook: true), GuestId, Stay(10, 12), 2, Booking.StartOf(Today.AddDays(10)).AddTicks(-1), Pricing)
            .IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Change_Should_ApplyTheStayRules_AndLeaveTheBookingUntouched_When_TheyFail()
    {
        var booking = Reserve(Listing(), 10, 13);

        booking.Change(Listing(maxNights: 2), GuestId, Stay(10, 13), 2, Now, Pricing).Error.ShouldBe(BookingErrors.TooManyNights);
        booking.Change(Listing(), GuestId, Stay(-1, 3), 2, Now, Pricing).Error.ShouldBe(BookingErrors.InPast);
        booking.Change(Listing(), GuestId, Stay(800, 803), 2, Now, Pricing).Error.ShouldBe(BookingErrors.TooFarAhead);

        booking.Nights.ShouldBe(3);
        booking.CheckIn.ShouldBe(Today.AddDays(10));
    }

    [Fact]
    public void Change_Should_Fail_When_ThePendingRequestHasExpired() =>
        Reserve(Listing()).Change(Listing(), GuestId, Stay(11, 14), 2, Now.AddHours(24), Pricing)
            .Error.ShouldBe(BookingErrors.RequestExpired);
}
