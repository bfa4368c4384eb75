using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.UpdateCurrentUser;

public abstract class UpdateCurrentUserCommandHandlerTestBase
{
    protected const string CurrentPassword = "current-password-1";

    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    protected IPasswordHasher PasswordHasher { get; } = Substitute.For<IPasswordHasher>();

    protected ILoginThrottle Throttle { get; } = Substitute.For<ILoginThrottle>();

    protected ICurrentUser CurrentUser { get; } = Substitute.For<ICurrentUser>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    protected FakeTimeProvider Clock { get; } = new(TestClock.DefaultStart.AddDays(1));

    protected User User { get; } = TestUsers.Guest(passwordHash: "stored-hash");

    private protected UpdateCurrentUserCommandHandler Handler { get; }

    protected UpdateCurrentUserCommandHandlerTestBase()
    {
        CurrentUser.IsAuthenticated.Returns(true);
        CurrentUser.UserId.Returns(User.Id);
        CurrentUser.Role.Returns(Role.Guest);
        Users.GetByIdAsync(User.Id, Arg.Any<CancellationToken>()).Returns(User);
        PasswordHasher.Verify(Arg.Any<string>(), Arg.Any<string>()).Returns(PasswordVerification.Failed);
        PasswordHasher.Verify("stored-hash", CurrentPassword).Returns(PasswordVerification.Success);
        PasswordHasher.Hash(Arg.Any<string>()).Returns(call => "hashed:" + call.Arg<string>());
        Handler = new UpdateCurrentUserCommandHandler(Users, PasswordHasher, Throttle, CurrentUser, UnitOfWork, TestUsers.Mapper(), Clock);
    }
}
