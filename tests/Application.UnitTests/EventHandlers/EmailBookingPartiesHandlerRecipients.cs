using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Who is told what: the host of a request, the guest of an answer, both of a cancellation.</summary>
public class EmailBookingPartiesHandlerRecipients : EmailBookingPartiesHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_TellOnlyTheHostWithPayoutAndDeadline_When_AGuestRequestsToBook()
    {
        var booking = StorePending();

        await Handler().Handle(new BookingRequestedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        var mail = Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe("hugo@example.com");
        mail.Subject.ShouldStartWith("Booking request from Gina Guest: Sunny loft");
        mail.Body.ShouldStartWith("Hello Hugo,");
        mail.Body.ShouldContain("Your payout: 380.00 EUR");
        mail.Body.ShouldContain("Mon 2 Mar 2026 12:00 UTC");
    }

    [Fact]
    public async Task Handle_Should_TellOnlyTheGuestWithHostAddressAndTotal_When_TheStayIsConfirmed()
    {
        var booking = StoreConfirmed();

        await Handler().Handle(new BookingConfirmedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        var mail = Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe("gina@example.com");
        mail.Subject.ShouldStartWith("Confirmed: Sunny loft");
        mail.Body.ShouldStartWith("Hello Gina,");
        mail.Body.ShouldContain("Your host is Hugo Host.");
        mail.Body.ShouldContain("Address: Rua 1, Lisbon, PT");
        mail.Body.ShouldContain("Total: 433.20 EUR");
        mail.Body.ShouldContain($"Booking reference: {booking.Id}");
    }

    [Fact]
    public async Task Handle_Should_TellOnlyTheGuest_When_TheHostDeclines()
    {
        var booking = StorePending();
        booking.Decline(Host.Id, Host.Id, TestDoubles.TestListings.Now).IsSuccess.ShouldBeTrue();

        await Handler().Handle(new BookingDeclinedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        var mail = Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe("gina@example.com");
        mail.Subject.ShouldBe("Your request for Sunny loft was declined");
    }

    [Fact]
    public async Task Handle_Should_TellOnlyTheGuestWhenItExpired_When_TheRequestExpires()
    {
        var booking = StorePending();

        await Handler().Handle(new BookingExpiredDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        var mail = Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe("gina@example.com");
        mail.Subject.ShouldBe("Your request for Sunny loft expired");
        mail.Body.ShouldContain("it expired on Mon 2 Mar 2026 12:00 UTC");
    }

    [Fact]
    public async Task Handle_Should_TellTheGuestTheirRefundAndTheHostWhatTheGuestGetsBack_When_TheGuestCancels()
    {
        var booking = StoreConfirmed();
        booking.Cancel(Guest.Id, false, Host.Id, TestDoubles.TestListings.Now).IsSuccess.ShouldBeTrue();

        await Handler().Handle(new BookingCancelledDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Sent.Count.ShouldBe(2);
        var toGuest = SentTo(Guest);
        var toHost = SentTo(Host);
        toGuest.Body.ShouldStartWith("Hello Gina,");
        toGuest.Body.ShouldContain("cancelled by the guest");
        toGuest.Body.ShouldContain("Refund: 433.20 EUR");
        toHost.Body.ShouldStartWith("Hello Hugo,");
        toHost.Body.ShouldContain("cancelled by the guest");
        toHost.Body.ShouldContain("The guest is refunded 433.20 EUR");
        toHost.Body.ShouldNotContain("to the original payment method");
    }

    [Fact]
    public async Task Handle_Should_SayTheHostCancelled_When_TheHostCancels()
    {
        var booking = StoreConfirmed();
        booking.Cancel(Host.Id, false, Host.Id, TestDoubles.TestListings.Now).IsSuccess.ShouldBeTrue();

        await Handler().Handle(new BookingCancelledDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Sent.Count.ShouldBe(2);
        Sent.ShouldAllBe(m => m.Body.Contains("cancelled by the host", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handle_Should_SaySupportCancelled_When_AnAdminCancels()
    {
        var booking = StoreConfirmed();
        booking.Cancel(Guid.NewGuid(), true, Host.Id, TestDoubles.TestListings.Now).IsSuccess.ShouldBeTrue();

        await Handler().Handle(new BookingCancelledDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Sent.Count.ShouldBe(2);
        Sent.ShouldAllBe(m => m.Body.Contains("cancelled by AirbnbClone support", StringComparison.Ordinal));
    }
}
