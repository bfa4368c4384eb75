using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class RefreshTokenIsActive
{
    private static readonly DateTimeOffset Issued = UserFactory.Now;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(0, true)]
    [InlineData(3_599_999, true)] // 1 ms before expiry
    [InlineData(3_600_000, false)] // exactly at ExpiresAt
    [InlineData(3_600_001, false)]
    public void IsActive_Should_BeFalseFromExpiresAtOn_When_NeitherSpentNorRevoked(int millisecondsAfterIssue, bool expected)
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", Issued, Lifetime);

        token.IsActive(Issued.AddMilliseconds(millisecondsAfterIssue)).ShouldBe(expected);
    }

    [Fact]
    public void IsActive_Should_BeFalse_When_TokenIsRevoked()
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", Issued, Lifetime);

        token.Revoke(Issued);

        token.IsActive(Issued).ShouldBeFalse();
    }

    [Fact]
    public void IsActive_Should_BeFalse_When_TokenIsSpent()
    {
        var token = RefreshToken.IssueFirst(Guid.NewGuid(), "h", Issued, Lifetime);

        token.Rotate("h2", Issued, Lifetime).IsSuccess.ShouldBeTrue();

        token.IsActive(Issued).ShouldBeFalse();
    }
}
