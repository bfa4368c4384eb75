using AirbnbClone.Domain.Users.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RegisterUser;

/// <summary>The welcome e-mail is the UserRegistered event's effect (SendWelcomeEmailHandler); the command only raises it.</summary>
public class RegisterUserCommandHandlerWelcomeEmail : RegisterUserCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_RecordUserRegisteredOnTheNewUserAndSaveOnce_When_Successful()
    {
        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Added!.DomainEvents.ShouldBe([new UserRegisteredDomainEvent(Added.Id)]);
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AddNoUserAndSaveNothing_When_TheEmailIsTaken()
    {
        Users.EmailExistsAsync(Arg.Any<AirbnbClone.Domain.Shared.Email>(), Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.IsFailure.ShouldBeTrue();
        Added.ShouldBeNull();
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }
}
