using AirbnbClone.Domain.Users.Events;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserRegister
{
    private static readonly DateTimeOffset Now = UserFactory.Now;

    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public void Register_Should_CreateTheUserWithItsRole_When_RoleIsGuestOrHost(Role role)
    {
        var result = User.Register(UserFactory.Email(), "hash", "Alice", "Martin", null, role, Now);

        result.IsSuccess.ShouldBeTrue();
        var user = result.Value;
        user.Role.ShouldBe(role);
        user.Email.ShouldBe(UserFactory.Email());
        user.PasswordHash.ShouldBe("hash");
        user.CreatedAt.ShouldBe(Now);
        user.UpdatedAt.ShouldBe(Now);
        user.DeletedAt.ShouldBeNull();
        user.IsDeleted.ShouldBeFalse();
        user.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void Register_Should_FailWithAdminNotAllowed_When_RoleIsAdmin()
    {
        var result = User.Register(UserFactory.Email(), "hash", "Alice", "Martin", null, Role.Admin, Now);

        result.Error.ShouldBe(UserErrors.AdminNotAllowed);
    }

    [Fact]
    public void Register_Should_RaiseUserRegisteredDomainEvent_When_Successful()
    {
        var user = User.Register(UserFactory.Email(), "hash", "Alice", "Martin", null, Role.Guest, Now).Value;

        user.DomainEvents.ShouldBe([new UserRegisteredDomainEvent(user.Id)]);
    }

    [Fact]
    public void Register_Should_TrimNames_When_TheyHaveSurroundingSpaces()
    {
        var user = User.Register(UserFactory.Email(), "hash", "  Alice ", "\tMartin\n", null, Role.Guest, Now).Value;

        user.FirstName.ShouldBe("Alice");
        user.LastName.ShouldBe("Martin");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Register_Should_AcceptName_When_ItIsOneTo100Characters(int length)
    {
        var name = new string('n', length);

        var user = User.Register(UserFactory.Email(), "hash", name, name, null, Role.Guest, Now).Value;

        user.FirstName.ShouldBe(name);
        user.LastName.ShouldBe(name);
    }

    [Theory]
    [InlineData("", "Martin")]
    [InlineData("   ", "Martin")]
    [InlineData("Alice", "")]
    [InlineData("Alice", " \t ")]
    [InlineData("Al\0ice", "Martin")]
    [InlineData("Alice", "Mar\u0007tin")]
    public void Register_Should_FailWithInvalidName_When_ANameIsEmptyWhitespaceOrHasControlCharacters(string firstName, string lastName)
    {
        User.Register(UserFactory.Email(), "hash", firstName, lastName, null, Role.Guest, Now)
            .Error.ShouldBe(UserErrors.InvalidName);
    }

    [Fact]
    public void Register_Should_FailWithInvalidName_When_ANameIsLongerThan100CharactersAfterTrimming()
    {
        var tooLong = new string('n', 101);

        User.Register(UserFactory.Email(), "hash", tooLong, "Martin", null, Role.Guest, Now).Error.ShouldBe(UserErrors.InvalidName);
        User.Register(UserFactory.Email(), "hash", "Alice", tooLong, null, Role.Guest, Now).Error.ShouldBe(UserErrors.InvalidName);
        User.Register(UserFactory.Email(), "hash", "  " + new string('n', 100) + "  ", "Martin", null, Role.Guest, Now)
            .IsSuccess.ShouldBeTrue();
    }
}
