using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.Login;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.Login;

public abstract class LoginCommandHandlerTestBase
{
    protected const string Password = "correct-horse-battery";

    protected static readonly TimeSpan RefreshLifetime = TimeSpan.FromDays(14);

    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    protected IRefreshTokenRepository RefreshTokens { get; } = Substitute.For<IRefreshTokenRepository>();

    protected IPasswordHasher PasswordHasher { get; } = Substitute.For<IPasswordHasher>();

    protected ILoginThrottle Throttle { get; } = Substitute.For<ILoginThrottle>();

    protected ITokenService TokenService { get; } = Substitute.For<ITokenService>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    protected FakeTimeProvider Clock { get; } = new(TestClock.DefaultStart);

    private protected LoginCommandHandler Handler { get; }

    protected LoginCommandHandlerTestBase()
    {
        Throttle.TryCountAttemptAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>()).Returns((TimeSpan?)null);
        Users.GetByEmailAsync(Arg.Any<Email>(), Arg.Any<CancellationToken>()).Returns((User?)null);
        PasswordHasher.Hash(Arg.Any<string>()).Returns(call => "hashed:" + call.Arg<string>());
        TokenService.RefreshTokenLifetime.Returns(RefreshLifetime);
        TokenService.CreateAccessToken(Arg.Any<User>(), Arg.Any<Guid>()).Returns(new AccessToken("access-jwt", 900));
        var issuer = new TokenPairIssuer(TokenService, RefreshTokens, Clock);
        Handler = new LoginCommandHandler(Users, PasswordHasher, Throttle, issuer, UnitOfWork);
    }

    protected static LoginCommand Command(string email = "alice@example.com", string password = Password) => new(email, password);

    protected void Existing(User user) =>
        Users.GetByEmailAsync(Arg.Is<Email>(e => e == user.Email), Arg.Any<CancellationToken>()).Returns(user);

    protected static bool IsAlice(Email email) => email.Value == "alice@example.com";
}
