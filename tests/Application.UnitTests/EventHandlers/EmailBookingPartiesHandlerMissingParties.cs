using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Bookings.EventHandlers;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Nothing is sent when a party cannot be found, nor for a changed or completed stay.</summary>
public class EmailBookingPartiesHandlerMissingParties : EmailBookingPartiesHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_SendNothing_When_TheBookingIsMissing()
    {
        await Handler().Handle(new BookingConfirmedDomainEvent(Guid.NewGuid(), Listing.Id), CancellationToken.None);

        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_SendNothing_When_TheListingIsMissing()
    {
        var elsewhere = TestListings.Listing(Host.Id);
        var booking = TestListings.Confirmed(elsewhere, Guest.Id);
        Bookings.GetByIdAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);

        await Handler().Handle(new BookingConfirmedDomainEvent(booking.Id, elsewhere.Id), CancellationToken.None);

        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_SendNothing_When_TheGuestsAccountIsMissing()
    {
        var booking = StoreConfirmed();
        Accounts.Remove(Guest);

        await Handler().Handle(new BookingConfirmedDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_SendNothingToEither_When_TheHostsAccountIsMissingOnACancellation()
    {
        var booking = StoreConfirmed();
        booking.Cancel(Guest.Id, false, Host.Id, TestListings.Now).IsSuccess.ShouldBeTrue();
        Accounts.Remove(Host);

        await Handler().Handle(new BookingCancelledDomainEvent(booking.Id, Listing.Id), CancellationToken.None);

        Jobs.ReceivedCalls().ShouldBeEmpty();
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
