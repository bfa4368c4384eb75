using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserCreateAdmin
{
    [Fact]
    public void CreateAdmin_Should_CreateAnAdminWithPlaceholderNames_When_Called()
    {
        var email = UserFactory.Email("ops@example.com");

        var result = User.CreateAdmin(email, "admin-hash", UserFactory.Now);

        result.IsSuccess.ShouldBeTrue();
        var admin = result.Value;
        admin.Role.ShouldBe(Role.Admin);
        admin.Email.ShouldBe(email);
        admin.PasswordHash.ShouldBe("admin-hash");
        admin.FirstName.ShouldBe("Admin");
        admin.LastName.ShouldBe("Admin");
        admin.PhoneNumber.ShouldBeNull();
        admin.CreatedAt.ShouldBe(UserFactory.Now);
        admin.DomainEvents.ShouldBeEmpty(); // an admin is bootstrapped, not welcomed
    }
}
