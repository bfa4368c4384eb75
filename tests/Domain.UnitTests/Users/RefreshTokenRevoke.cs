using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class RefreshTokenRevoke
{
    [Fact]
    public void Revoke_Should_SetRevokedAt_When_TokenIsNotRevoked()
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", UserFactory.Now, TimeSpan.FromDays(1));
        var at = UserFactory.Now.AddMinutes(5);

        token.Revoke(at);

        token.RevokedAt.ShouldBe(at);
    }

    [Fact]
    public void Revoke_Should_KeepTheFirstTime_When_RevokedAgain()
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", UserFactory.Now, TimeSpan.FromDays(1));
        var first = UserFactory.Now.AddMinutes(5);

        token.Revoke(first);
        token.Revoke(first.AddMinutes(10));

        token.RevokedAt.ShouldBe(first);
    }
}
