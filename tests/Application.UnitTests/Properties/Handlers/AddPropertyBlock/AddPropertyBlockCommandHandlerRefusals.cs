using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.AddPropertyBlock;

public class AddPropertyBlockCommandHandlerRefusals : AddPropertyBlockCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithNotOwner_When_AnAdminBlocksNightsOfAListedHome()
    {
        SignInAsAdmin();

        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        await AssertNotBlocked();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_AnAdminBlocksNightsOfAnUnlistedHome()
    {
        StoreUnlisted();
        SignInAsAdmin();

        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await AssertNotBlocked();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotOwner_When_AnotherHostBlocksNightsOfAListedHome()
    {
        SignInAsOtherHost();

        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        await AssertNotBlocked();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheListingDoesNotExist()
    {
        SignInAsHost();

        var result = await Handler().Handle(Command(5, 8, Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithBlockOverlapsBooking_When_ABookingHoldsOneOfTheNights()
    {
        SignInAsHost();
        OverlapsABooking();

        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.BlockOverlapsBooking);
        await AssertNotBlocked();
    }

    [Fact]
    public async Task Handle_Should_FailWithBlockOverlapsBlock_When_AnotherBlockHoldsOneOfTheNights()
    {
        SignInAsHost();
        Listing.AddBlock(DateRange.Create(Day(7), Day(10)).Value, Day(0), Clock.GetUtcNow()).IsSuccess.ShouldBeTrue();
        Listing.ClearDomainEvents();

        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.BlockOverlapsBlock);
        Listing.Blocks.Count.ShouldBe(1);
        Listing.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithBlockInPast_When_TheBlockStartsYesterday()
    {
        SignInAsHost();

        var result = await Handler().Handle(Command(-1, 2), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.BlockInPast);
        await AssertNotBlocked();
    }

    [Fact]
    public async Task Handle_Should_FailWithEndNotAfterStartWithoutLoadingTheListing_When_TheRangeIsEmpty()
    {
        SignInAsHost();

        var result = await Handler().Handle(Command(5, 5), CancellationToken.None);

        result.Error.ShouldBe(DateRangeErrors.EndNotAfterStart);
        await Properties.DidNotReceive().GetByIdForUpdateAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>());
        await AssertNotBlocked();
    }

    [Fact]
    public async Task Handle_Should_FailWithBlockOverlapsBlock_When_TheExclusionConstraintRefusesTheSave()
    {
        SignInAsHost();
        SaveHitsTheExclusionConstraint();

        var result = await Handler().Handle(Command(5, 8), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.BlockOverlapsBlock);
    }

    private async Task AssertNotBlocked()
    {
        Listing.Blocks.ShouldBeEmpty();
        Listing.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }
}
