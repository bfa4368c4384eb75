using AirbnbClone.Application.Bookings.ConfirmBooking;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.UnitTests.Bookings.ConfirmBooking;

public class ConfirmBookingCommandHandlerRefusals : ConfirmBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheBookingDoesNotExist()
    {
        SignInAsHost();

        var result = await Handler().Handle(new ConfirmBookingCommand(Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        await NothingSaved();
    }

    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public async Task Handle_Should_FailWithNotFoundAndLeaveItPending_When_TheCallerIsNeitherGuestHostNorAdmin(Role role)
    {
        var booking = StorePending();
        SignInAsStranger(role);

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        result.Error.Type.ShouldBe(ErrorType.NotFound);
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheCallerIsAnonymous()
    {
        var booking = StorePending();
        SignOut();

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotHost_When_TheGuestConfirmsTheirOwnRequest()
    {
        var booking = StorePending();
        SignInAsGuest();

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotHost);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotHost_When_AnAdminConfirms()
    {
        var booking = StorePending();
        SignInAsAdmin();

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotHost);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithRequestExpired_When_TheHostAnswersAfterTheDeadline()
    {
        var booking = StorePending();
        SignInAsHost();
        Clock.Advance(Booking.RequestLifetime);

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.RequestExpired);
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidTransition_When_TheBookingIsAlreadyConfirmed()
    {
        var booking = StoreConfirmed();
        SignInAsHost();

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.InvalidTransition);
        booking.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheListingIsMissing()
    {
        var unknownListing = TestListings.Listing(HostId);
        var booking = Store(TestListings.Pending(unknownListing, GuestId));
        SignInAsHost();

        var result = await Handler().Handle(new ConfirmBookingCommand(booking.Id), CancellationToken.None);

        result.Error.ShouldBe(BookingErrors.NotFound);
        booking.Status.ShouldBe(BookingStatus.Pending);
        await NothingSaved();
    }
}
