using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;
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
    public async Task Handle_Should_EndTheSessionAndFail_When_ASpentTokenIsPresentedAgainAfterTheLeeway()
    {
        var token = StoreOldToken();
        token.Rotate("successor-hash", Clock.GetUtcNow() - Leeway - TimeSpan.FromSeconds(1), Lifetime).IsSuccess.ShouldBeTrue();

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        token.RevokedAt.ShouldBe(Clock.GetUtcNow());
        token.DomainEvents.OfType<SessionEndedDomainEvent>().ShouldHaveSingleItem().SessionId.ShouldBe(token.FamilyId);
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
        AssertNothingIssued();
    }

    [Fact]
    public async Task Handle_Should_EndTheSessionAndFail_When_ASpentTokenIsReplayedWithinTheLeewayButItsSuccessorIsSpent()
    {
        var token = StoreOldToken();
        token.Rotate("successor-hash", Clock.GetUtcNow().AddSeconds(-2), Lifetime).IsSuccess.ShouldBeTrue();
        var successor = RefreshToken.IssueFirst(User.Id, "x", Clock.GetUtcNow().AddSeconds(-2), Lifetime);
        successor.Rotate("next", Clock.GetUtcNow().AddSeconds(-1), Lifetime).IsSuccess.ShouldBeTrue();
        RefreshTokens.GetByHashAsync(TestUsers.HashOf($"successor-of-{token.Id:N}"), Arg.Any<CancellationToken>()).Returns(successor);

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        token.DomainEvents.OfType<SessionEndedDomainEvent>().ShouldHaveSingleItem();
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
        TokenService.DidNotReceive().CreateAccessToken(Arg.Any<User>(), Arg.Any<Guid>());
    }
}
