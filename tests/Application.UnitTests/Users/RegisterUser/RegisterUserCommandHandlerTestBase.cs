using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.RegisterUser;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RegisterUser;

public abstract class RegisterUserCommandHandlerTestBase
{
    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    protected IPasswordHasher PasswordHasher { get; } = Substitute.For<IPasswordHasher>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    protected FakeTimeProvider Clock { get; } = new(TestClock.DefaultStart);

    protected User? Added { get; private set; }

    private protected RegisterUserCommandHandler Handler { get; }

    protected RegisterUserCommandHandlerTestBase()
    {
        PasswordHasher.Hash(Arg.Any<string>()).Returns(call => "hashed:" + call.Arg<string>());
        Users.When(u => u.Add(Arg.Any<User>())).Do(call => Added = call.Arg<User>());
        Handler = new RegisterUserCommandHandler(Users, PasswordHasher, UnitOfWork, TestUsers.Mapper(), Clock);
    }

    protected static RegisterUserCommand Command(string? role = null, string email = "New.User@Example.COM") =>
        new(email, "correct-horse-battery", " New ", "User", "+33 6 12 34 56 78", role);
}
