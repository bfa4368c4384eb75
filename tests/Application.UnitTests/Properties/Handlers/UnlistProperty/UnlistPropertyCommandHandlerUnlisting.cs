using AirbnbClone.Application.Properties.UnlistProperty;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Properties.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.UnlistProperty;

public class UnlistPropertyCommandHandlerUnlisting : PropertyHandlerTestBase
{
    private protected UnlistPropertyCommandHandler Handler() => new(Properties, Bookings, CurrentUser, UnitOfWork, Clock);

    [Fact]
    public async Task Handle_Should_UnlistRecordPropertyChangedAndSaveOnce_When_TheHostUnlistsWithNoConfirmedBookingAhead()
    {
        SignInAsHost();

        var result = await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.Status.ShouldBe(PropertyStatus.Unlisted);
        Listing.DomainEvents.ShouldBe([new PropertyChangedDomainEvent(Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_LockTheListingAndAskAboutBookingsFromToday_When_Unlisting()
    {
        SignInAsHost();

        await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        await Properties.Received(1).GetByIdForUpdateAsync(Listing.Id, Arg.Any<CancellationToken>());
        await Bookings.Received(1).HasFutureConfirmedAsync(Listing.Id, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_Unlist_When_AnAdminUnlists()
    {
        SignInAsAdmin();

        var result = await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.Status.ShouldBe(PropertyStatus.Unlisted);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutANewEvent_When_TheListingIsAlreadyUnlisted()
    {
        StoreUnlisted();
        SignInAsHost();

        var result = await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.Status.ShouldBe(PropertyStatus.Unlisted);
        Listing.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_FailWithHasFutureBookingsAndKeepItListed_When_AConfirmedBookingIsAhead()
    {
        SignInAsHost();
        HasFutureConfirmedBookings();

        var result = await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.HasFutureBookings);
        Listing.Status.ShouldBe(PropertyStatus.Listed);
        Listing.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotOwnerWithoutAskingAboutBookings_When_AnotherHostUnlistsAListedHome()
    {
        SignInAsOtherHost();

        var result = await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        Listing.Status.ShouldBe(PropertyStatus.Listed);
        await Bookings.DidNotReceive().HasFutureConfirmedAsync(Arg.Any<Guid>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>());
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_AnotherHostUnlistsAnUnlistedHome()
    {
        StoreUnlisted();
        SignInAsOtherHost();

        var result = await Handler().Handle(new UnlistPropertyCommand(Listing.Id), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheListingDoesNotExist()
    {
        SignInAsHost();

        var result = await Handler().Handle(new UnlistPropertyCommand(Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await NothingSaved();
    }
}
