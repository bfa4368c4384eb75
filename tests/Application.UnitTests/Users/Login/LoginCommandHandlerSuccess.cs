using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.Login;

public class LoginCommandHandlerSuccess : LoginCommandHandlerTestBase
{
    private readonly User _user = TestUsers.Guest(passwordHash: "alice-hash");
    private RefreshToken? _added;

    public LoginCommandHandlerSuccess()
    {
        Existing(_user);
        RefreshTokens.When(r => r.Add(Arg.Any<RefreshToken>())).Do(call => _added = call.Arg<RefreshToken>());
    }

    [Fact]
    public async Task Handle_Should_IssueAccessAndRefreshTokens_When_CredentialsAreRight()
    {
        PasswordHasher.Verify("alice-hash", Password).Returns(PasswordVerification.Success);

        var result = await Handler.Handle(Command(" Alice@Example.com "), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        var response = result.Value;
        response.AccessToken.ShouldBe("access-jwt");
        response.ExpiresIn.ShouldBe(900);
        response.TokenType.ShouldBe("Bearer");
        response.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        TokenService.Received(1).CreateAccessToken(_user, Arg.Any<Guid>());
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AddTheFirstRefreshTokenOfANewFamilyStoringOnlyItsHash_When_CredentialsAreRight()
    {
        PasswordHasher.Verify("alice-hash", Password).Returns(PasswordVerification.Success);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        RefreshTokens.Received(1).Add(Arg.Any<RefreshToken>());
        _added.ShouldNotBeNull();
        _added.UserId.ShouldBe(_user.Id);
        _added.FamilyId.ShouldBe(_added.Id);
        _added.TokenHash.ShouldBe(TestUsers.HashOf(result.Value.RefreshToken));
        _added.TokenHash.ShouldNotBe(result.Value.RefreshToken);
        _added.ExpiresAt.ShouldBe(Clock.GetUtcNow() + RefreshLifetime);
    }

    [Fact]
    public async Task Handle_Should_CountTheAttemptBeforeCheckingThePasswordAndThenReset_When_CredentialsAreRight()
    {
        PasswordHasher.Verify("alice-hash", Password).Returns(PasswordVerification.Success);

        await Handler.Handle(Command(), CancellationToken.None);

        Received.InOrder(() =>
        {
            Throttle.TryCountAttemptAsync(Arg.Is<Email>(e => IsAlice(e)), Arg.Any<CancellationToken>());
            PasswordHasher.Verify("alice-hash", Password);
            Throttle.ResetAsync(Arg.Is<Email>(e => IsAlice(e)), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task Handle_Should_KeepTheStoredHash_When_NoRehashIsNeeded()
    {
        PasswordHasher.Verify("alice-hash", Password).Returns(PasswordVerification.Success);

        await Handler.Handle(Command(), CancellationToken.None);

        _user.PasswordHash.ShouldBe("alice-hash");
        PasswordHasher.DidNotReceive().Hash(Arg.Any<string>());
    }

    [Fact]
    public async Task Handle_Should_RehashThePasswordAndSave_When_HasherAsksForARehash()
    {
        PasswordHasher.Verify("alice-hash", Password).Returns(PasswordVerification.SuccessRehashNeeded);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        PasswordHasher.Received(1).Hash(Password);
        _user.PasswordHash.ShouldBe("hashed:" + Password);
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }
}
