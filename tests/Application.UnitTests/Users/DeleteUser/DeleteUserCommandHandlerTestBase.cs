using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.DeleteUser;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.DeleteUser;

public abstract class DeleteUserCommandHandlerTestBase
{
    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    protected ICurrentUser CurrentUser { get; } = Substitute.For<ICurrentUser>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    protected FakeTimeProvider Clock { get; } = new(TestClock.DefaultStart.AddDays(3));

    protected User Target { get; } = TestUsers.Guest("target@example.com");

    protected DeleteUserCommandHandlerTestBase()
    {
        Users.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((User?)null);
        Users.GetByIdAsync(Target.Id, Arg.Any<CancellationToken>()).Returns(Target);
    }

    private protected DeleteUserCommandHandler Handler(params IUserDeletionGuard[] guards) =>
        new(Users, guards, CurrentUser, UnitOfWork, Clock);

    protected void SignIn(Guid userId, Role role)
    {
        CurrentUser.IsAuthenticated.Returns(true);
        CurrentUser.UserId.Returns(userId);
        CurrentUser.Role.Returns(role);
    }

    protected async Task AssertNotDeleted()
    {
        Target.IsDeleted.ShouldBeFalse();
        Target.DomainEvents.OfType<UserDeletedDomainEvent>().ShouldBeEmpty();
        await UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
    }
}
