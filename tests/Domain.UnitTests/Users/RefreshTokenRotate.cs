using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class RefreshTokenRotate
{
    private static readonly DateTimeOffset Issued = UserFactory.Now;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    [Fact]
    public void Rotate_Should_SpendTheCurrentAndIssueASuccessorInTheSameFamily_When_TokenIsActive()
    {
        var current = RefreshToken.IssueFirst(Guid.NewGuid(), "hash-a", Issued, Lifetime);
        var at = Issued.AddDays(1);

        var result = current.Rotate("hash-b", at, Lifetime);

        result.IsSuccess.ShouldBeTrue();
        current.SpentAt.ShouldBe(at);
        var next = result.Value;
        next.Id.ShouldNotBe(current.Id);
        next.FamilyId.ShouldBe(current.FamilyId);
        next.UserId.ShouldBe(current.UserId);
        next.TokenHash.ShouldBe("hash-b");
        next.CreatedAt.ShouldBe(at);
        next.ExpiresAt.ShouldBe(at + Lifetime);
        next.SpentAt.ShouldBeNull();
        next.IsActive(at).ShouldBeTrue();
    }

    [Fact]
    public void Rotate_Should_KeepTheFamily_When_RotatedTwice()
    {
        var first = RefreshToken.IssueFirst(Guid.NewGuid(), "hash-a", Issued, Lifetime);

        var second = first.Rotate("hash-b", Issued.AddMinutes(1), Lifetime).Value;
        var third = second.Rotate("hash-c", Issued.AddMinutes(2), Lifetime).Value;

        third.FamilyId.ShouldBe(first.Id);
        new[] { first.Id, second.Id, third.Id }.Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Rotate_Should_FailWithInvalidRefreshToken_When_TokenIsSpent()
    {
        var current = RefreshToken.IssueFirst(Guid.NewGuid(), "hash-a", Issued, Lifetime);
        var spentAt = Issued.AddMinutes(1);
        current.Rotate("hash-b", spentAt, Lifetime);

        var result = current.Rotate("hash-c", Issued.AddMinutes(2), Lifetime);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        current.SpentAt.ShouldBe(spentAt);
    }

    [Fact]
    public void Rotate_Should_FailWithInvalidRefreshTokenAndNotSpend_When_TokenIsRevoked()
    {
        var current = RefreshToken.IssueFirst(Guid.NewGuid(), "hash-a", Issued, Lifetime);
        current.Revoke(Issued.AddMinutes(1));

        var result = current.Rotate("hash-b", Issued.AddMinutes(2), Lifetime);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        current.SpentAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)] // exactly at ExpiresAt
    [InlineData(1)]
    public void Rotate_Should_FailWithInvalidRefreshTokenAndNotSpend_When_TokenIsExpired(int secondsAfterExpiry)
    {
        var current = RefreshToken.IssueFirst(Guid.NewGuid(), "hash-a", Issued, Lifetime);

        var result = current.Rotate("hash-b", current.ExpiresAt.AddSeconds(secondsAfterExpiry), Lifetime);

        result.Error.ShouldBe(UserErrors.InvalidRefreshToken);
        current.SpentAt.ShouldBeNull();
    }
}
