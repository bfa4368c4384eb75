using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.PatchProperty;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.PatchProperty;

public class PatchPropertyCommandHandlerPreconditions : PatchPropertyCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithPreconditionFailedWithoutSaving_When_IfMatchNamesAnotherVersion()
    {
        SignInAsHost();
        Preconditions.IfMatchFails(Arg.Any<string?>()).Returns(true);

        var result = await Handler().Handle(new PatchPropertyCommand(Listing.Id, new PropertyBody { PricePerNight = 150m }), CancellationToken.None);

        result.Error.ShouldBe(PreconditionErrors.Failed);
        Listing.PricePerNight.ShouldNotBe(150m);
        await NothingSaved();
    }
}
