using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserDeletedOperations
{
    private static readonly DateTimeOffset Later = UserFactory.Now.AddDays(10);

    [Fact]
    public void UpdateProfile_Should_FailWithDeletedAndChangeNothing_When_UserIsDeleted()
    {
        var user = UserFactory.DeletedGuest();

        var result = user.UpdateProfile("Alice", "Martin", "0612345678", phoneNumberGiven: true, Later);

        result.Error.ShouldBe(UserErrors.Deleted);
        user.FirstName.ShouldBe("Deleted");
        user.LastName.ShouldBe("User");
        user.PhoneNumber.ShouldBeNull();
        user.UpdatedAt.ShouldNotBe(Later);
    }

    [Fact]
    public void ChangePasswordHash_Should_FailWithDeletedAndRaiseNothing_When_UserIsDeleted()
    {
        var user = UserFactory.DeletedGuest();

        var result = user.ChangePasswordHash("hash-2", Later);

        result.Error.ShouldBe(UserErrors.Deleted);
        user.PasswordHash.ShouldBeEmpty();
        user.DomainEvents.ShouldBeEmpty();
    }
}
