using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using static AirbnbClone.Domain.UnitTests.Bookings.BookingTestData;

namespace AirbnbClone.Domain.UnitTests.Bookings;

public class BookingTransitions
{
    private static Booking InStatus(BookingStatus status)
    {
        var booking = Reserve(Listing(instantBook: status != BookingStatus.Pending));
        switch (status)
        {
            case BookingStatus.Declined:
                booking = Reserve(Listing());
                booking.Decline(HostId, HostId, Now).IsSuccess.ShouldBeTrue();
                break;
            case BookingStatus.Expired:
                booking = Reserve(Listing());
                booking.Expire(Now.AddHours(24)).IsSuccess.ShouldBeTrue();
                break;
            case BookingStatus.Cancelled:
                booking.Cancel(GuestId, false, HostId, Now).IsSuccess.ShouldBeTrue();
                break;
            case BookingStatus.Completed:
                booking.Complete(booking.CompletesAt).IsSuccess.ShouldBeTrue();
                break;
        }

        booking.Status.ShouldBe(status);
        return booking;
    }

    public static TheoryData<BookingStatus, string, bool> Table()
    {
        var data = new TheoryData<BookingStatus, string, bool>();
        foreach (var status in Enum.GetValues<BookingStatus>())
        {
            data.Add(status, "confirm", status == BookingStatus.Pending);
            data.Add(status, "decline", status == BookingStatus.Pending);
            data.Add(status, "expire", status == BookingStatus.Pending);
            data.Add(status, "cancel", status is BookingStatus.Pending or BookingStatus.Confirmed);
            data.Add(status, "complete", status == BookingStatus.Confirmed);
            data.Add(status, "change", status is BookingStatus.Pending or BookingStatus.Confirmed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Transition_Should_OnlyBeAllowed_FromLegalStates(BookingStatus from, string action, bool allowed)
    {
        var booking = InStatus(from);
        var late = Now.AddDays(20); // after check-out of days 10..13: completion is due
        var result = action switch
        {
            "confirm" => booking.Confirm(Listing(), HostId, Now),
            "decline" => booking.Decline(HostId, HostId, Now),
            "expire" => booking.Expire(Now.AddHours(24)),
            "cancel" => booking.Cancel(GuestId, false, HostId, Now),
            "complete" => booking.Complete(late),
            _ => booking.Change(Listing(instantBook: true), GuestId, Stay(11, 14), 1, Now, Pricing),
        };

        result.IsSuccess.ShouldBe(allowed);
        if (!allowed)
        {
            result.Error.ShouldBe(BookingErrors.InvalidTransition);
            booking.Status.ShouldBe(from);
        }
    }

    [Fact]
    public void Confirm_Should_Fail_When_CallerIsNotTheHost()
    {
        var booking = Reserve(Listing());

        booking.Confirm(Listing(), GuestId, Now).Error.ShouldBe(BookingErrors.NotHost);
    }

    [Fact]
    public void Confirm_Should_FailWithPropertyNotFoundAndStayPending_When_TheListingWasUnlisted()
    {
        var listing = Listing();
        var booking = Reserve(listing);
        listing.Unlist(Now);

        booking.Confirm(listing, HostId, Now).Error.ShouldBe(PropertyErrors.NotFound);
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.Decline(Guid.NewGuid(), HostId, Now).Error.ShouldBe(BookingErrors.NotHost);
        booking.Status.ShouldBe(BookingStatus.Pending);
    }

    [Fact]
    public void Confirm_Should_Fail_When_TheRequestHasExpired_ExactlyAt24Hours()
    {
        var booking = Reserve(Listing());

        booking.Confirm(Listing(), HostId, Now.AddHours(24)).Error.ShouldBe(BookingErrors.RequestExpired);
        booking.Confirm(Listing(), HostId, Now.AddHours(24).AddTicks(-1)).IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.RespondedAt.ShouldBe(Now.AddHours(24).AddTicks(-1));
    }

    [Fact]
    public void Expire_Should_Wait_Until24HoursAfterTheRequest()
    {
        var booking = Reserve(Listing());

        booking.Expire(Now.AddHours(24).AddTicks(-1)).IsFailure.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.Expire(Now.AddHours(24)).IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Expired);
    }

    [Fact]
    public void Complete_Should_Wait_UntilTheCheckOutDayHasEnded()
    {
        var booking = Reserve(Listing(instantBook: true), 10, 13);
        var endOfCheckOutDay = new DateTimeOffset(2030, 1, 15, 0, 0, 0, TimeSpan.Zero);

        booking.CompletesAt.ShouldBe(endOfCheckOutDay);
        booking.Complete(endOfCheckOutDay.AddTicks(-1)).IsFailure.ShouldBeTrue();
        booking.Complete(endOfCheckOutDay).IsSuccess.ShouldBeTrue();
        booking.Status.ShouldBe(BookingStatus.Completed);
    }

    [Fact]
    public void Cancel_Should_RecordWhoAndWhenAndTheRefund()
    {
        var booking = Reserve(Listing(instantBook: true));

        var refund = booking.Cancel(HostId, false, HostId, Now.AddDays(9));

        refund.Value.ShouldBe(433.20m);
        booking.Status.ShouldBe(BookingStatus.Cancelled);
        booking.CancelledBy.ShouldBe(HostId);
        booking.CancelledAt.ShouldBe(Now.AddDays(9));
        booking.RefundAmount.ShouldBe(433.20m);
    }

    [Fact]
    public void Cancel_Should_ActAsNotFound_When_CallerIsNotAParty()
    {
        var booking = Reserve(Listing(instantBook: true));

        booking.Cancel(Guid.NewGuid(), false, HostId, Now).Error.ShouldBe(BookingErrors.NotFound);
        booking.Cancel(Guid.NewGuid(), true, HostId, Now).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Cancel_Should_Fail_OnOrAfterTheCheckOutDay()
    {
        var booking = Reserve(Listing(instantBook: true), 10, 13);

        booking.Cancel(GuestId, false, HostId, Booking.StartOf(Today.AddDays(13))).Error.ShouldBe(BookingErrors.InvalidTransition);
        booking.Cancel(GuestId, false, HostId, Booking.StartOf(Today.AddDays(13)).AddTicks(-1)).IsSuccess.ShouldBeTrue();
    }
}
