using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.DeleteUser;

public class DeleteUserCommandHandlerPermissions : DeleteUserCommandHandlerTestBase
{
    [Theory]
    [InlineData(Role.Guest)]
    [InlineData(Role.Host)]
    public async Task Handle_Should_FailWithForbiddenWithoutLookingUp_When_ANonAdminDeletesSomeoneElse(Role role)
    {
        SignIn(Guid.NewGuid(), role);

        var result = await Handler().Handle(new DeleteUserCommand(Target.Id), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.NotAllowed);
        result.Error.Type.ShouldBe(ErrorType.Forbidden);
        await Users.DidNotReceive().GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>());
        await AssertNotDeleted();
    }

    [Fact]
    public async Task Handle_Should_DeleteTheAccount_When_UserDeletesThemself()
    {
        SignIn(Target.Id, Role.Guest);

        var result = await Handler().Handle(new DeleteUserCommand(Target.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Target.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public async Task Handle_Should_DeleteTheAccount_When_AnAdminDeletesSomeoneElse()
    {
        SignIn(Guid.NewGuid(), Role.Admin);

        var result = await Handler().Handle(new DeleteUserCommand(Target.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Target.IsDeleted.ShouldBeTrue();
    }
}
