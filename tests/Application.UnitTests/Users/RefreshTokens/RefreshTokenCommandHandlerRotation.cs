using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RefreshTokens;

public class RefreshTokenCommandHandlerRotation : RefreshTokenCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_SpendTheTokenAndAddItsSuccessorInTheSameFamily_When_TokenIsActive()
    {
        var current = StoreOldToken();
        RefreshToken? added = null;
        RefreshTokens.When(r => r.Add(Arg.Any<RefreshToken>())).Do(call => added = call.Arg<RefreshToken>());

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        current.SpentAt.ShouldBe(Clock.GetUtcNow());
        added.ShouldNotBeNull();
        added.Id.ShouldNotBe(current.Id);
        added.FamilyId.ShouldBe(current.FamilyId);
        added.UserId.ShouldBe(User.Id);
        added.TokenHash.ShouldBe(TestUsers.HashOf(result.Value.RefreshToken));
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
        await RefreshTokens.DidNotReceive().RevokeFamilyAsync(Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_AnswerANewRefreshTokenAndAccessToken_When_TokenIsActive()
    {
        var current = StoreOldToken();

        var result = await Handler.Handle(Command, CancellationToken.None);

        result.Value.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        result.Value.RefreshToken.ShouldNotBe(OldToken);
        result.Value.RefreshToken.ShouldBe($"successor-of-{current.Id:N}");
        result.Value.AccessToken.ShouldBe("new-access-jwt");
        TokenService.Received(1).CreateAccessToken(User, current.FamilyId);
    }

    [Fact]
    public async Task Handle_Should_AnswerTheSameSuccessorWithoutRotatingAgain_When_TheSpentTokenIsReplayedWithinTheLeeway()
    {
        var current = StoreOldToken();
        var first = await Handler.Handle(Command, CancellationToken.None);
        var successor = RefreshTokens.ReceivedCalls().Select(c => c.GetArguments()).Where(a => a.Length == 1).Select(a => (RefreshToken)a[0]!).Single();
        RefreshTokens.GetByHashAsync(successor.TokenHash, Arg.Any<CancellationToken>()).Returns(successor);
        Clock.Advance(Leeway);

        var replay = await Handler.Handle(Command, CancellationToken.None);

        replay.Value.RefreshToken.ShouldBe(first.Value.RefreshToken);
        current.RevokedAt.ShouldBeNull();
        current.DomainEvents.ShouldBeEmpty();
        RefreshTokens.Received(1).Add(Arg.Any<RefreshToken>());
        TokenService.Received(2).CreateAccessToken(User, current.FamilyId);
    }
}
