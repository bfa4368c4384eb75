using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AirbnbClone.Application.UnitTests.Users.RegisterUser;

public class RegisterUserCommandHandlerRefusals : RegisterUserCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_FailWithEmailTakenAndAddNothing_When_EmailAlreadyExists()
    {
        Users.EmailExistsAsync(Arg.Is<Email>(e => e.Value == "new.user@example.com"), Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.EmailTaken);
        result.Error.Code.ShouldBe("User.EmailTaken");
        result.Error.Type.ShouldBe(ErrorType.Conflict);
        Users.DidNotReceive().Add(Arg.Any<User>());
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_FailWithEmailTaken_When_SaveHitsTheUniqueIndex()
    {
        UnitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>()).Throws(new UniqueConstraintException("users_email_key"));

        var result = await Handler.Handle(Command(), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.EmailTaken);
    }

    [Fact]
    public async Task Handle_Should_FailWithAdminNotAllowedAndAddNothing_When_RoleIsAdmin()
    {
        var result = await Handler.Handle(Command("admin"), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.AdminNotAllowed);
        Users.DidNotReceive().Add(Arg.Any<User>());
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_FailWithoutHashing_When_PasswordContainsTheLocalPart()
    {
        var command = Command() with { Password = "new.user-rocks-2026" };

        var result = await Handler.Handle(command, CancellationToken.None);

        result.Error.ShouldBe(PasswordPolicy.ContainsEmail);
        PasswordHasher.DidNotReceive().Hash(Arg.Any<string>());
        Users.DidNotReceive().Add(Arg.Any<User>());
    }

    [Fact]
    public async Task Handle_Should_FailWithTheEmailError_When_EmailIsInvalid()
    {
        var result = await Handler.Handle(Command(email: "nope"), CancellationToken.None);

        result.Error.ShouldBe(EmailErrors.Invalid);
        Users.DidNotReceive().Add(Arg.Any<User>());
    }
}
