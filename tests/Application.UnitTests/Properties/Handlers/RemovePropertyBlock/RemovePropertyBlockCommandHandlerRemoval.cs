using AirbnbClone.Application.Properties.RemovePropertyBlock;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Properties.Events;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.RemovePropertyBlock;

public class RemovePropertyBlockCommandHandlerRemoval : PropertyHandlerTestBase
{
    private readonly PropertyBlock _block;

    public RemovePropertyBlockCommandHandlerRemoval()
    {
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        _block = Listing.AddBlock(DateRange.Create(today.AddDays(5), today.AddDays(8)).Value, today, Clock.GetUtcNow()).Value;
        Listing.ClearDomainEvents();
    }

    private protected RemovePropertyBlockCommandHandler Handler() => new(Properties, CurrentUser, UnitOfWork, Clock);

    [Fact]
    public async Task Handle_Should_RemoveTheBlockRecordPropertyChangedAndSaveOnce_When_TheHostRemovesIt()
    {
        SignInAsHost();

        var result = await Handler().Handle(new RemovePropertyBlockCommand(Listing.Id, _block.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.Blocks.ShouldBeEmpty();
        Listing.DomainEvents.ShouldBe([new PropertyChangedDomainEvent(Listing.Id)]);
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_FailWithBlockNotFoundAndSaveNothing_When_TheListingHasNoSuchBlock()
    {
        SignInAsHost();

        var result = await Handler().Handle(new RemovePropertyBlockCommand(Listing.Id, Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.BlockNotFound);
        Listing.Blocks.ShouldHaveSingleItem();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotOwner_When_AnAdminRemovesABlockOfAListedHome()
    {
        SignInAsAdmin();

        var result = await Handler().Handle(new RemovePropertyBlockCommand(Listing.Id, _block.Id), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        Listing.Blocks.ShouldHaveSingleItem();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotOwner_When_AnotherHostRemovesABlockOfAListedHome()
    {
        SignInAsOtherHost();

        var result = await Handler().Handle(new RemovePropertyBlockCommand(Listing.Id, _block.Id), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        Listing.Blocks.ShouldHaveSingleItem();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheListingDoesNotExist()
    {
        SignInAsHost();

        var result = await Handler().Handle(new RemovePropertyBlockCommand(Guid.NewGuid(), _block.Id), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await NothingSaved();
    }
}
