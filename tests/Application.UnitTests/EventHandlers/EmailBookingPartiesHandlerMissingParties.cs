using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Bookings.EventHandlers;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>
/// Nothing is queued when the booking or listing cannot be found, nor for a changed or completed stay; nothing is sent
/// when, by the time the job runs, a party's account is missing or the recipient's account was deleted.
/// </summary>
public class EmailBookingPartiesHandlerMissingParties : EmailBookingPartiesHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_QueueNothing_When_TheBookingIsMissing()
    {
        await Handler().Handle(new BookingConfirmedDomainEvent(Guid.NewGuid(), Listing.Id), CancellationToken.None);

        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_QueueNothing_When_TheListingIsMissing()
    {
        var elsewhere = TestListings.Listing(Host.Id);
        var booking = TestListings.Confirmed(elsewhere, Guest.Id);
        Bookings.GetByIdAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);

        await Handler().Handle(new BookingConfirmedDomainEvent(booking.Id, elsewhere.Id), CancellationToken.None);

        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Job_Should_SendNothing_When_TheGuestsAccountIsMissing()
    {
        var booking = StoreConfirmed();
        Accounts.Remove(Guest);

        await Handler().Handle(new BookingConfirmedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Queued.ShouldHaveSingleItem();
        Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Job_Should_SendNothingToEither_When_TheHostsAccountIsMissingOnACancellation()
    {
        var booking = StoreConfirmed();
        booking.Cancel(Guest.Id, false, Host.Id, TestListings.Now).IsSuccess.ShouldBeTrue();
        Accounts.Remove(Host);

        await Handler().Handle(new BookingCancelledDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Queued.Count.ShouldBe(2);
        Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Job_Should_SendNothingToADeletedAccount_But_StillTellTheOtherParty()
    {
        var booking = StorePending();
        booking.Cancel(Guest.Id, false, Host.Id, TestListings.Now).IsSuccess.ShouldBeTrue();
        Guest.Delete(TestListings.Now).IsSuccess.ShouldBeTrue(); // scrubbed: deleted-<id>@deleted.invalid, "Deleted User"

        await Handler().Handle(new BookingCancelledDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        var mail = Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe("hugo@example.com");
        mail.Body.ShouldStartWith("Hello Hugo,");
    }

    [Fact]
    public void Handler_Should_NotSubscribe_When_AStayIsChangedOrCompleted()
    {
        var handled = typeof(EmailBookingPartiesHandler).GetInterfaces();

        handled.ShouldNotContain(typeof(IDomainEventHandler<BookingChangedDomainEvent>));
        handled.ShouldNotContain(typeof(IDomainEventHandler<BookingCompletedDomainEvent>));
        handled.ShouldContain(typeof(IDomainEventHandler<BookingCancelledDomainEvent>));
    }
}
