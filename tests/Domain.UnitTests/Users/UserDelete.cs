using AirbnbClone.Domain.Users.Events;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserDelete
{
    private static readonly DateTimeOffset Later = UserFactory.Now.AddDays(3);

    [Fact]
    public void Delete_Should_ScrubPersonalData_When_UserIsActive()
    {
        var user = UserFactory.Guest();

        var result = user.Delete(Later);

        result.IsSuccess.ShouldBeTrue();
        user.Email.Value.ShouldBe($"deleted-{user.Id:N}@deleted.invalid");
        user.FirstName.ShouldBe("Deleted");
        user.LastName.ShouldBe("User");
        user.PhoneNumber.ShouldBeNull();
        user.PasswordHash.ShouldBeEmpty();
        user.DeletedAt.ShouldBe(Later);
        user.UpdatedAt.ShouldBe(Later);
        user.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public void Delete_Should_KeepIdAndRole_When_UserIsActive()
    {
        var user = UserFactory.Guest();
        var id = user.Id;

        user.Delete(Later);

        user.Id.ShouldBe(id);
        user.Role.ShouldBe(Role.Guest);
    }

    [Fact]
    public void Delete_Should_RaiseUserDeletedDomainEvent_When_UserIsActive()
    {
        var user = UserFactory.Guest();

        user.Delete(Later);

        user.DomainEvents.ShouldBe([new UserDeletedDomainEvent(user.Id, user.Role, Later)]);
    }

    [Fact]
    public void Delete_Should_FailWithNotFoundAndKeepFirstDeletion_When_UserIsAlreadyDeleted()
    {
        var user = UserFactory.Guest();
        user.Delete(Later);
        user.ClearDomainEvents();

        var result = user.Delete(Later.AddDays(1));

        result.Error.ShouldBe(UserErrors.NotFound);
        user.DeletedAt.ShouldBe(Later);
        user.DomainEvents.ShouldBeEmpty();
    }
}
