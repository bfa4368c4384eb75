using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.PatchProperty;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Properties.Events;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.PatchProperty;

public class PatchPropertyCommandHandlerFields : PatchPropertyCommandHandlerTestBase
{
    public PatchPropertyCommandHandlerFields() => SignInAsHost();

    [Fact]
    public async Task Handle_Should_ChangeOnlyTheFieldsSentRecordPropertyChangedAndSaveOnce_When_Valid()
    {
        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { PricePerNight = 150m }), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Listing.PricePerNight.ShouldBe(150m);
        Listing.Title.ShouldBe("Sunny loft");
        Listing.Amenities.ShouldBe(["wifi"]);
        Listing.MaxNights.ShouldBe(30);
        Listing.Status.ShouldBe(PropertyStatus.Listed);
        Listing.DomainEvents.ShouldContain(new PropertyChangedDomainEvent(Listing.Id));
        await SavedOnce();
    }

    [Fact]
    public async Task Handle_Should_AnswerTheMergedListingWithItsHostsName_When_Successful()
    {
        var result = await Handler().Handle(
            new PatchPropertyCommand(Listing.Id, new PropertyBody { Address = new AddressBody(null, "Porto", null, null, null) }), CancellationToken.None);

        result.Value.Address.ShouldBe(new AddressResponse("Rua 1", "Porto", null, "PT", null));
        result.Value.Host.ShouldBe(new HostSummary(Host.Id, "Hugo"));
    }

    [Fact]
    public async Task Handle_Should_ReturnTheBrokenRuleOfTheMergedListingAndSaveNothing_When_TheMergeIsInvalid()
    {
        // minNights 31 is valid alone; merged with the listing's maxNights of 30 it is not.
        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { MinNights = 31 }), CancellationToken.None);

        result.Error.ShouldBeOfType<ValidationError>().Errors.Keys.ShouldBe(["maxNights"]);
        Listing.MinNights.ShouldBe(1);
        Listing.DomainEvents.ShouldBeEmpty();
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotOwner_When_AnotherHostPatchesAListedHome()
    {
        SignInAsOtherHost();

        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { PricePerNight = 1m }), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        Listing.PricePerNight.ShouldBe(120m);
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_AnotherHostPatchesAnUnlistedHome()
    {
        StoreUnlisted();
        SignInAsOtherHost();

        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { Status = "listed" }), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        Listing.Status.ShouldBe(PropertyStatus.Unlisted);
        await NothingSaved();
    }
}
