using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.Login;

public class LoginCommandHandlerLockout : LoginCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithTooManyRequestsCarryingRetryAfterWithoutCheckingThePassword_When_TheAttemptIsOverTheAddresssLimit()
    {
        Existing(TestUsers.Guest());
        Throttle.TryCountAttemptAsync(Arg.Is<Email>(e => IsAlice(e)), Arg.Any<CancellationToken>()).Returns(TimeSpan.FromSeconds(90));

        var result = await Handler.Handle(Command(), CancellationToken.None);

        var error = result.Error.ShouldBeOfType<TooManyRequestsError>();
        error.Type.ShouldBe(ErrorType.TooManyRequests);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(90));
        PasswordHasher.DidNotReceive().Verify(Arg.Any<string>(), Arg.Any<string>());
        await Users.DidNotReceive().GetByEmailAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>());
        await Throttle.DidNotReceive().ResetAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>());
        RefreshTokens.DidNotReceive().Add(Arg.Any<RefreshToken>());
    }
}
