using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Domain.Abstractions;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.ChangeBooking;

public class ChangeBookingCommandHandlerPreconditions : ChangeBookingCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithPreconditionFailedWithoutSaving_When_IfMatchNamesAnotherVersion()
    {
        var booking = StorePending(from: 10, to: 13);
        SignInAsGuest();
        Preconditions.IfMatchFails(Arg.Any<string?>()).Returns(true);

        var result = await Handler().Handle(Command(booking.Id, from: 20, to: 22), CancellationToken.None);

        result.Error.ShouldBe(PreconditionErrors.Failed);
        result.Error.Type.ShouldBe(ErrorType.PreconditionFailed);
        await NothingSaved();
    }
}
