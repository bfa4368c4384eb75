using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RegisterUser;

public class RegisterUserCommandHandlerSuccess : RegisterUserCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_AddAGuestWithNormalisedEmailAndHashedPassword_When_RoleIsNotGiven()
    {
        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        PasswordHasher.Received(1).Hash("correct-horse-battery");
        Added.ShouldNotBeNull();
        Added.Email.Value.ShouldBe("new.user@example.com");
        Added.PasswordHash.ShouldBe("hashed:correct-horse-battery");
        Added.FirstName.ShouldBe("New");
        Added.Role.ShouldBe(Role.Guest);
        Added.CreatedAt.ShouldBe(Clock.GetUtcNow());
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_MapTheAddedUserToTheResponse_When_Successful()
    {
        var result = await Handler.Handle(Command(), CancellationToken.None);

        var response = result.Value;
        response.Id.ShouldBe(Added!.Id);
        response.Email.ShouldBe("new.user@example.com");
        response.FirstName.ShouldBe("New");
        response.LastName.ShouldBe("User");
        response.PhoneNumber.ShouldBe("+33 6 12 34 56 78");
        response.Role.ShouldBe("guest");
        response.CreatedAt.ShouldBe(Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("guest", Role.Guest)]
    [InlineData("host", Role.Host)]
    public async Task Handle_Should_HonourTheChosenRole_When_RoleIsGuestOrHost(string role, Role expected)
    {
        var result = await Handler.Handle(Command(role), CancellationToken.None);

        Added!.Role.ShouldBe(expected);
        result.Value.Role.ShouldBe(role);
    }
}
