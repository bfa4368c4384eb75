using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.UpdateProperty;
using AirbnbClone.Application.UnitTests.TestDoubles;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.UpdateProperty;

public class UpdatePropertyCommandHandlerPreconditions : UpdatePropertyCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithPreconditionFailedWithoutSaving_When_IfMatchNamesAnotherVersion()
    {
        SignInAsHost();
        Preconditions.IfMatchFails(Arg.Any<string?>()).Returns(true);

        var result = await Handler().Handle(new UpdatePropertyCommand(Listing.Id, TestListings.Body() with { Title = "Lost update" }), CancellationToken.None);

        result.Error.ShouldBe(PreconditionErrors.Failed);
        Listing.Title.ShouldNotBe("Lost update");
        await NothingSaved();
    }

    [Fact]
    public async Task Handle_Should_CheckIfMatchAgainstTheLockedRow_When_Replacing()
    {
        SignInAsHost();

        await Handler().Handle(new UpdatePropertyCommand(Listing.Id, TestListings.Body()), CancellationToken.None);

        await Properties.Received(1).GetByIdForUpdateAsync(Listing.Id, Arg.Any<CancellationToken>());
        Preconditions.Received(1).IfMatchFails(PropertyResponse.TagOf(Listing.Version, Host.FirstName));
    }
}
