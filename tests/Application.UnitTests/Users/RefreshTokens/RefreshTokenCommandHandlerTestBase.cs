using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.RefreshTokens;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.RefreshTokens;

public abstract class RefreshTokenCommandHandlerTestBase
{
    protected const string OldToken = "old-refresh-token-value";

    protected static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    protected static readonly TimeSpan Leeway = TimeSpan.FromSeconds(10);

    protected IRefreshTokenRepository RefreshTokens { get; } = Substitute.For<IRefreshTokenRepository>();

    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    protected ITokenService TokenService { get; } = Substitute.For<ITokenService>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    protected FakeTimeProvider Clock { get; } = new(TestClock.DefaultStart);

    protected User User { get; } = TestUsers.Guest();

    private protected RefreshTokenCommandHandler Handler { get; }

    protected RefreshTokenCommandHandlerTestBase()
    {
        RefreshTokens.GetByHashForUpdateAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns((RefreshToken?)null);
        Users.GetByIdAsync(User.Id, Arg.Any<CancellationToken>()).Returns(User);
        TokenService.RefreshTokenLifetime.Returns(Lifetime);
        TokenService.RefreshReuseLeeway.Returns(Leeway);
        TokenService.SuccessorRefreshToken(Arg.Any<Guid>()).Returns(call => $"successor-of-{call.Arg<Guid>():N}");
        TokenService.CreateAccessToken(Arg.Any<User>(), Arg.Any<Guid>()).Returns(new AccessToken("new-access-jwt", 900));
        Handler = new RefreshTokenCommandHandler(RefreshTokens, Users, new TokenPairIssuer(TokenService, RefreshTokens, Clock), UnitOfWork, Clock);
    }

    protected static RefreshTokenCommand Command => new(OldToken);

    /// <summary>Stores the first token of a session for <see cref="OldToken"/>, issued an hour ago.</summary>
    protected RefreshToken StoreOldToken(User? owner = null)
    {
        var token = RefreshToken.IssueFirst((owner ?? User).Id, TestUsers.HashOf(OldToken), Clock.GetUtcNow().AddHours(-1), Lifetime);
        RefreshTokens.GetByHashForUpdateAsync(TestUsers.HashOf(OldToken), Arg.Any<CancellationToken>()).Returns(token);
        return token;
    }
}
