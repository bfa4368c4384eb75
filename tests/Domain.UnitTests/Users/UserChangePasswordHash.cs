using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserChangePasswordHash
{
    [Fact]
    public void ChangePasswordHash_Should_ReplaceTheHashAndRaiseEvent_When_UserIsActive()
    {
        var user = UserFactory.Guest();
        var later = UserFactory.Now.AddDays(2);

        var result = user.ChangePasswordHash("hash-2", later);

        result.IsSuccess.ShouldBeTrue();
        user.PasswordHash.ShouldBe("hash-2");
        user.UpdatedAt.ShouldBe(later);
        user.DomainEvents.ShouldBe([new UserPasswordChangedDomainEvent(user.Id, later)]);
    }

    [Fact]
    public void RehashPassword_Should_ReplaceTheHashWithoutEvent_When_Called()
    {
        var user = UserFactory.Guest();

        user.RehashPassword("hash-upgraded");

        user.PasswordHash.ShouldBe("hash-upgraded");
        user.DomainEvents.ShouldBeEmpty();
    }
}
