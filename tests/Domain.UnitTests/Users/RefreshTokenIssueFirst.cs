using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class RefreshTokenIssueFirst
{
    [Fact]
    public void IssueFirst_Should_StartANewFamilyNamedAfterItself_When_Called()
    {
        var userId = Guid.NewGuid();
        var now = UserFactory.Now;

        var token = RefreshToken.IssueFirst(userId, "hash-a", now, TimeSpan.FromDays(14));

        token.FamilyId.ShouldBe(token.Id);
        token.Id.ShouldNotBe(Guid.Empty);
        token.UserId.ShouldBe(userId);
        token.TokenHash.ShouldBe("hash-a");
        token.CreatedAt.ShouldBe(now);
        token.ExpiresAt.ShouldBe(now.AddDays(14));
        token.SpentAt.ShouldBeNull();
        token.RevokedAt.ShouldBeNull();
        token.IsActive(now).ShouldBeTrue();
    }
}
