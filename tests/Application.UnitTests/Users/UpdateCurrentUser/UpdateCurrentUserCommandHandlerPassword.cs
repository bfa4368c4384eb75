using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.Domain.Users.Events;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.UpdateCurrentUser;

public class UpdateCurrentUserCommandHandlerPassword : UpdateCurrentUserCommandHandlerTestBase
{
    [Theory]
    [InlineData("not-the-password")]
    [InlineData(null)]
    public async Task Handle_Should_FailWithCurrentPasswordWrongAndKeepTheHash_When_CurrentPasswordIsNotRight(string? currentPassword)
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(CurrentPassword: currentPassword, NewPassword: "brand-new-passphrase"), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.CurrentPasswordWrong);
        User.PasswordHash.ShouldBe("stored-hash");
        PasswordHasher.DidNotReceive().Hash(Arg.Any<string>());
        User.DomainEvents.OfType<UserPasswordChangedDomainEvent>().ShouldBeEmpty();
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Theory]
    [InlineData("short", "Password.TooShort")]
    [InlineData("my-alice-password", "Password.ContainsEmail")]
    [InlineData("MY-ALICE-PASSWORD", "Password.ContainsEmail")]
    public async Task Handle_Should_FailWithThePolicyErrorAndKeepTheHash_When_NewPasswordBreaksThePolicy(string newPassword, string expectedCode)
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(CurrentPassword: CurrentPassword, NewPassword: newPassword), CancellationToken.None);

        result.Error.Code.ShouldBe(expectedCode);
        User.PasswordHash.ShouldBe("stored-hash");
        User.DomainEvents.OfType<UserPasswordChangedDomainEvent>().ShouldBeEmpty();
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_RehashRaisePasswordChangedAndSaveOnce_When_CurrentPasswordIsRightAndNewOneIsValid()
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(CurrentPassword: CurrentPassword, NewPassword: "brand-new-passphrase"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        PasswordHasher.Received(1).Hash("brand-new-passphrase");
        User.PasswordHash.ShouldBe("hashed:brand-new-passphrase");
        User.DomainEvents.ShouldContain(new UserPasswordChangedDomainEvent(User.Id, Clock.GetUtcNow()));
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }
}
