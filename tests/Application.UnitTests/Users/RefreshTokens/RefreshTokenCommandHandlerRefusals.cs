using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RefreshTokens;

public class RefreshTokenCommandHandlerRefusals : RefreshTokenCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithInvalidRefreshToken_When_TokenIsUnknown()
    {
        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        AssertNothingIssued();
        await RefreshTokens.DidNotReceive().RevokeFamilyAsync(Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_RevokeTheWholeFamilyAndFail_When_ASpentTokenIsPresentedAgain()
    {
        var token = StoreOldToken();
        token.Rotate("successor-hash", Clock.GetUtcNow().AddMinutes(-30), Lifetime).IsSuccess.ShouldBeTrue();

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        await RefreshTokens.Received(1).RevokeFamilyAsync(token.FamilyId, Clock.GetUtcNow(), Arg.Any<CancellationToken>());
        AssertNothingIssued();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidRefreshToken_When_TokenIsExpired()
    {
        var token = StoreOldToken();
        Clock.SetUtcNow(token.ExpiresAt);

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        token.SpentAt.ShouldBeNull();
        AssertNothingIssued();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidRefreshToken_When_TokenIsRevoked()
    {
        var token = StoreOldToken();
        token.Revoke(Clock.GetUtcNow().AddMinutes(-1));

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        AssertNothingIssued();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidRefreshToken_When_OwnerIsDeleted()
    {
        var deleted = TestUsers.Deleted();
        Users.GetByIdAsync(deleted.Id, Arg.Any<CancellationToken>()).Returns(deleted);
        StoreOldToken(deleted);

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        AssertNothingIssued();
    }

    private void AssertNothingIssued()
    {
        RefreshTokens.DidNotReceive().Add(Arg.Any<RefreshToken>());
        TokenService.DidNotReceive().CreateAccessToken(Arg.Any<User>());
    }
}
