using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.Domain.Users.Events;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.UpdateCurrentUser;

public class UpdateCurrentUserCommandHandlerProfile : UpdateCurrentUserCommandHandlerTestBase
{
    [Fact]
    public async Task Handle_Should_UpdateNamesAndPhoneAndAnswerTheNewProfile_When_TheyAreGiven()
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(" Alicia ", "Dupont", "+44 20 7946 0958"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        User.FirstName.ShouldBe("Alicia");
        User.LastName.ShouldBe("Dupont");
        User.PhoneNumber.ShouldBe("+44 20 7946 0958");
        User.UpdatedAt.ShouldBe(Clock.GetUtcNow());
        result.Value.FirstName.ShouldBe("Alicia");
        result.Value.LastName.ShouldBe("Dupont");
        result.Value.PhoneNumber.ShouldBe("+44 20 7946 0958");
        result.Value.Email.ShouldBe("alice@example.com");
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_ClearThePhone_When_PhoneIsEmpty()
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(PhoneNumber: string.Empty), CancellationToken.None);

        User.PhoneNumber.ShouldBeNull();
        result.Value.PhoneNumber.ShouldBeNull();
    }

    [Fact]
    public async Task Handle_Should_KeepThePhoneAndNames_When_TheyAreNull()
    {
        await Handler.Handle(new UpdateCurrentUserCommand(), CancellationToken.None);

        User.FirstName.ShouldBe("Alice");
        User.LastName.ShouldBe("Martin");
        User.PhoneNumber.ShouldBe("0612345678");
    }

    [Fact]
    public async Task Handle_Should_NeitherCheckPasswordsNorRaisePasswordChanged_When_NoNewPasswordIsGiven()
    {
        await Handler.Handle(new UpdateCurrentUserCommand("Alicia"), CancellationToken.None);

        PasswordHasher.DidNotReceive().Verify(Arg.Any<string>(), Arg.Any<string>());
        PasswordHasher.DidNotReceive().Hash(Arg.Any<string>());
        User.DomainEvents.OfType<UserPasswordChangedDomainEvent>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_FailWithInvalidPhoneNumberWithoutSaving_When_PhoneIsMalformed()
    {
        var result = await Handler.Handle(new UpdateCurrentUserCommand(PhoneNumber: "call me"), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.InvalidPhoneNumber);
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_CallerIsDeleted()
    {
        var deleted = TestUsers.Deleted();
        CurrentUser.UserId.Returns(deleted.Id);
        Users.GetByIdAsync(deleted.Id, Arg.Any<CancellationToken>()).Returns(deleted);

        var result = await Handler.Handle(new UpdateCurrentUserCommand("Alicia"), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.NotFound);
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }
}
