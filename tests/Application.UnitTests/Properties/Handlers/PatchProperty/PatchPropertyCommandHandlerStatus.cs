using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.PatchProperty;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Properties;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.PatchProperty;

public class PatchPropertyCommandHandlerStatus : PatchPropertyCommandHandlerTestBase
{
    public PatchPropertyCommandHandlerStatus() => SignInAsHost();

    [Fact]
    public async Task Handle_Should_UnlistAndSaveOnce_When_NoConfirmedBookingIsAhead()
    {
        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { Status = "unlisted" }), CancellationToken.None);

        result.Value.Status.ShouldBe("unlisted");
        Listing.Status.ShouldBe(PropertyStatus.Unlisted);
        await Bookings.Received(1).HasFutureConfirmedAsync(Listing.Id, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), Arg.Any<CancellationToken>());
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_FailWithHasFutureBookingsAndSaveNothing_When_AConfirmedBookingIsAhead()
    {
        HasFutureConfirmedBookings();

        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { Status = "unlisted", Title = "Renamed loft" }), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.HasFutureBookings);
        Listing.Status.ShouldBe(PropertyStatus.Listed);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_RelistWithoutAskingAboutBookings_When_StatusIsListed()
    {
        StoreUnlisted();

        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { Status = "listed" }), CancellationToken.None);

        result.Value.Status.ShouldBe("listed");
        Listing.Status.ShouldBe(PropertyStatus.Listed);
        await Bookings.DidNotReceive().HasFutureConfirmedAsync(Arg.Any<Guid>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>());
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_LetTheOwnerSeeAndRelistTheirUnlistedHome_When_TheyAreTheHost()
    {
        var unlisted = StoreUnlisted();

        var result = await Handler().Handle(new PatchPropertyCommand(unlisted.Id, new PropertyBody { Status = "listed", PricePerNight = 130m }), CancellationToken.None);

        result.Value.PricePerNight.ShouldBe(130m);
        result.Value.Status.ShouldBe("listed");
    }

    [Fact]
    public async Task Handle_Should_LeaveTheStatus_When_NoStatusIsSent()
    {
        StoreUnlisted();

        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, TestListings.Body() with { CancellationPolicy = null }), CancellationToken.None);

        result.Value.Status.ShouldBe("unlisted");
        Listing.Status.ShouldBe(PropertyStatus.Unlisted);
    }
}
