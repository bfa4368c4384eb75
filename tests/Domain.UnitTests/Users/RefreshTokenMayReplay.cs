using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Domain.UnitTests.Users;

/// <summary>The rotation leeway: a spent token replayed soon after its rotation is a parallel refresh, later a theft.</summary>
public class RefreshTokenMayReplay
{
    private static readonly TimeSpan Leeway = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void MayReplay_Should_HoldOnlyWithinTheLeeway_When_TheTokenWasRotated(int secondsAfterRotation, bool expected)
    {
        var token = Spent(out var spentAt);

        token.MayReplay(spentAt.AddSeconds(secondsAfterRotation), Leeway).ShouldBe(expected);
    }

    [Fact]
    public void MayReplay_Should_BeFalse_When_TheTokenIsUnspent()
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", UserFactory.Now, TimeSpan.FromDays(1));

        token.MayReplay(UserFactory.Now, Leeway).ShouldBeFalse();
    }

    [Fact]
    public void MayReplay_Should_BeFalse_When_TheSessionWasEnded()
    {
        var token = Spent(out var spentAt);
        token.EndSession(spentAt);

        token.MayReplay(spentAt.AddSeconds(1), Leeway).ShouldBeFalse();
    }

    [Fact]
    public void EndSession_Should_RevokeTheTokenAndRaiseSessionEndedForItsFamily()
    {
        var userId = Guid.NewGuid();
        var token = RefreshToken.IssueFirst(userId, "h", UserFactory.Now, TimeSpan.FromDays(1));
        var at = UserFactory.Now.AddMinutes(3);

        token.EndSession(at);

        token.RevokedAt.ShouldBe(at);
        token.DomainEvents.ShouldBe([new SessionEndedDomainEvent(userId, token.FamilyId, at)]);
    }

    private static RefreshToken Spent(out DateTimeOffset spentAt)
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", UserFactory.Now, TimeSpan.FromDays(1));
        spentAt = UserFactory.Now.AddMinutes(1);
        token.Rotate("h2", spentAt, TimeSpan.FromDays(1)).IsSuccess.ShouldBeTrue();
        return token;
    }
}
