using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Notifications.SendEmail;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RegisterUser;

public class RegisterUserCommandHandlerWelcomeEmail : RegisterUserCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_EnqueueOneWelcomeEmailDedupedByUser_When_Successful()
    {
        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await Jobs.Received(1).EnqueueAsync(
            Arg.Is<SendEmailJob>(j => j.To == "new.user@example.com" && j.Subject == "Welcome to AirbnbClone" && j.Body.StartsWith("Hello New,", StringComparison.Ordinal)),
            Arg.Is<JobOptions>(o => o.DeduplicationKey == $"welcome:{Added!.Id}"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_EnqueueNothing_When_TheEmailIsTaken()
    {
        Users.EmailExistsAsync(Arg.Any<AirbnbClone.Domain.Shared.Email>(), Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.IsFailure.ShouldBeTrue();
        await Jobs.DidNotReceiveWithAnyArgs().EnqueueAsync<SendEmailJob>(default!, default, default);
    }
}
