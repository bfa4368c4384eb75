using AirbnbClone.Application.Properties.UpdateProperty;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.UpdateProperty;

public class UpdatePropertyCommandHandlerPermissions : UpdatePropertyCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithNotOwnerAndChangeNothing_When_AnotherHostUpdatesAListedHome()
    {
        SignInAsOtherHost();

        var result = await Handler().Handle(new UpdatePropertyCommand(Listing.Id, TestListings.Body() with { Title = "Hijacked" }), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotOwner);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        Listing.Title.ShouldBe("Sunny loft");
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_AnotherHostUpdatesAnUnlistedHome()
    {
        StoreUnlisted();
        SignInAsOtherHost();

        var result = await Handler().Handle(new UpdatePropertyCommand(Listing.Id, TestListings.Body() with { Title = "Hijacked" }), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        Listing.Title.ShouldBe("Sunny loft");
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_TheListingDoesNotExist()
    {
        SignInAsHost();

        var result = await Handler().Handle(new UpdatePropertyCommand(Guid.NewGuid(), TestListings.Body()), CancellationToken.None);

        result.Error.ShouldBe(PropertyErrors.NotFound);
        await NothingSaved();
    }
}
