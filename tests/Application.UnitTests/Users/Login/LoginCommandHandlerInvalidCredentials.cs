using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.Login;

/// <summary>An unknown address, a deleted account and a wrong password must look the same from outside.</summary>
public class LoginCommandHandlerInvalidCredentials : LoginCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithInvalidCredentialsAfterOnePasswordCheck_When_EmailIsUnknown()
    {
        // Even a hasher that accepts anything must not let an unknown address in.
        PasswordHasher.Verify(Arg.Any<string>(), Arg.Any<string>()).Returns(PasswordVerification.Success);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidCredentials);
        PasswordHasher.Received(1).Verify(Arg.Any<string>(), Password);
        await Throttle.Received(1).TryCountAttemptAsync(Arg.Is<Email>(e => IsAlice(e)), Arg.Any<CancellationToken>());
        AssertNoSession();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidCredentialsAfterOnePasswordCheck_When_PasswordIsWrong()
    {
        var user = TestUsers.Guest(passwordHash: "alice-hash");
        Existing(user);
        PasswordHasher.Verify("alice-hash", "wrong-password").Returns(PasswordVerification.Failed);

        var result = await Handler.Handle(Command(password: "wrong-password"), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidCredentials);
        PasswordHasher.Received(1).Verify(Arg.Any<string>(), Arg.Any<string>());
        PasswordHasher.Received(1).Verify("alice-hash", "wrong-password");
        await Throttle.Received(1).TryCountAttemptAsync(Arg.Is<Email>(e => IsAlice(e)), Arg.Any<CancellationToken>());
        AssertNoSession();
    }

    [Fact]
    public async Task Handle_Should_TreatTheAccountAsUnknown_When_UserIsDeleted()
    {
        Users.GetByEmailAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>()).Returns(TestUsers.Deleted());
        PasswordHasher.Verify(Arg.Any<string>(), Arg.Any<string>()).Returns(PasswordVerification.Success);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidCredentials);
        PasswordHasher.Received(1).Verify(Arg.Any<string>(), Password);
        await Throttle.Received(1).TryCountAttemptAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>());
        AssertNoSession();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidCredentials_When_EmailIsMalformed()
    {
        var result = await Handler.Handle(Command(email: "not-an-email"), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidCredentials);
        await Throttle.DidNotReceiveWithAnyArgs().TryCountAttemptAsync(default!, default);
        AssertNoSession();
    }

    private void AssertNoSession()
    {
        RefreshTokens.DidNotReceive().Add(Arg.Any<RefreshToken>());
        TokenService.DidNotReceive().CreateAccessToken(Arg.Any<User>(), Arg.Any<Guid>());
        Throttle.DidNotReceive().ResetAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>());
        UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }
}
