using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.Domain.Abstractions;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.UpdateCurrentUser;

/// <summary>A stolen access token must not allow unlimited guesses of the current password.</summary>
public sealed class UpdateCurrentUserPasswordGuessing : UpdateCurrentUserCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_CountAFailedLoginAndNotReset_When_CurrentPasswordIsWrong()
    {
        await Handler.Handle(new UpdateCurrentUserCommand(CurrentPassword: "a-wrong-guess-1", NewPassword: "brand-new-password-1"), CancellationToken.None);

        await Throttle.Received(1).TryCountAttemptAsync(User.Email, Arg.Any<CancellationToken>());
        await Throttle.DidNotReceiveWithAnyArgs().ResetAsync(default!, default);
    }

    [Fact]
    public async Task Handle_Should_ForgetTheCountedAttempts_When_CurrentPasswordIsRight()
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(CurrentPassword: CurrentPassword, NewPassword: "brand-new-password-1"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await Throttle.Received(1).TryCountAttemptAsync(User.Email, Arg.Any<CancellationToken>());
        await Throttle.Received(1).ResetAsync(User.Email, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_RefuseWithoutCheckingThePassword_When_TheAccountIsLockedOut()
    {
        Throttle.TryCountAttemptAsync(User.Email, Arg.Any<CancellationToken>()).Returns(TimeSpan.FromMinutes(7));

        var result = await Handler.Handle(new UpdateCurrentUserCommand(CurrentPassword: CurrentPassword, NewPassword: "brand-new-password-1"), CancellationToken.None);

        var error = result.Error.ShouldBeOfType<TooManyRequestsError>();
        error.RetryAfter.ShouldBe(TimeSpan.FromMinutes(7));
        PasswordHasher.DidNotReceive().Verify(Arg.Any<string>(), Arg.Any<string>());
        User.PasswordHash.ShouldBe("stored-hash");
    }

    [Fact]
    public async Task Handle_Should_NotTouchTheThrottle_When_OnlyNamesChange()
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(FirstName: "Renamed"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await Throttle.DidNotReceiveWithAnyArgs().TryCountAttemptAsync(default!, default);
    }
}
