using AirbnbClone.Domain.Users.Events;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.DeleteUser;

public class DeleteUserCommandHandlerDeletion : DeleteUserCommandHandlerTestBase
{
    public DeleteUserCommandHandlerDeletion() => SignIn(Guid.NewGuid(), Role.Admin);

    [Fact]
    public async Task Handle_Should_ScrubTheUserRaiseDeletedAndSaveOnce_When_Allowed()
    {
        var result = await Handler().Handle(new DeleteUserCommand(Target.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        Target.IsDeleted.ShouldBeTrue();
        Target.DeletedAt.ShouldBe(Clock.GetUtcNow());
        Target.DomainEvents.ShouldContain(new UserDeletedDomainEvent(Target.Id, Target.Role, Clock.GetUtcNow()));
        await UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFound_When_UserDoesNotExist()
    {
        var result = await Handler().Handle(new DeleteUserCommand(Guid.NewGuid()), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.NotFound);
        await AssertNotDeleted();
    }

    [Fact]
    public async Task Handle_Should_FailWithNotFoundWithoutSaving_When_UserIsAlreadyDeleted()
    {
        var deleted = TestUsers.Deleted();
        Users.GetByIdAsync(deleted.Id, Arg.Any<CancellationToken>()).Returns(deleted);

        var result = await Handler().Handle(new DeleteUserCommand(deleted.Id), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.NotFound);
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_ReturnTheGuardsErrorAndDeleteNothing_When_AGuardVetoes()
    {
        var allows = Substitute.For<IUserDeletionGuard>();
        allows.CanDeleteAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns(Result.Success());
        var vetoes = Substitute.For<IUserDeletionGuard>();
        vetoes.CanDeleteAsync(Target.Id, Arg.Any<CancellationToken>()).Returns(Result.Failure(UserErrors.HasActiveBookings));

        var result = await Handler(allows, vetoes).Handle(new DeleteUserCommand(Target.Id), CancellationToken.None);

        result.Error.ShouldBe(UserErrors.HasActiveBookings);
        await AssertNotDeleted();
    }

    [Fact]
    public async Task Handle_Should_AskEveryGuard_When_AllAllow()
    {
        var first = Substitute.For<IUserDeletionGuard>();
        first.CanDeleteAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns(Result.Success());
        var second = Substitute.For<IUserDeletionGuard>();
        second.CanDeleteAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns(Result.Success());

        var result = await Handler(first, second).Handle(new DeleteUserCommand(Target.Id), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await first.Received(1).CanDeleteAsync(Target.Id, Arg.Any<CancellationToken>());
        await second.Received(1).CanDeleteAsync(Target.Id, Arg.Any<CancellationToken>());
    }
}
