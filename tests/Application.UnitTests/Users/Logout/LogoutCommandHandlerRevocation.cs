using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.Logout;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Users.Logout;

public class LogoutCommandHandlerRevocation
{
    private const string Token = "the-refresh-token";

    private readonly IRefreshTokenRepository _refreshTokens = Substitute.For<IRefreshTokenRepository>();
    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly FakeTimeProvider _clock = new(TestClock.DefaultStart);
    private readonly Guid _callerId = Guid.NewGuid();
    private readonly LogoutCommandHandler _handler;

    public LogoutCommandHandlerRevocation()
    {
        _currentUser.IsAuthenticated.Returns(true);
        _currentUser.UserId.Returns(_callerId);
        _refreshTokens.GetByHashForUpdateAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns((RefreshToken?)null);
        _handler = new LogoutCommandHandler(_refreshTokens, _currentUser, _unitOfWork, _clock);
    }

    [Fact]
    public async Task Handle_Should_EndTheTokensSession_When_TokenBelongsToTheCaller()
    {
        var token = Store(_callerId);

        var result = await _handler.Handle(new LogoutCommand(Token), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        token.RevokedAt.ShouldBe(_clock.GetUtcNow());
        token.DomainEvents.ShouldBe([new SessionEndedDomainEvent(_callerId, token.FamilyId, _clock.GetUtcNow())]);
        await _unitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutRevokingAnything_When_TokenBelongsToAnotherUser()
    {
        Store(Guid.NewGuid());

        var result = await _handler.Handle(new LogoutCommand(Token), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await _unitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
        await _refreshTokens.DidNotReceive().RevokeFamilyAsync(Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
        await _refreshTokens.DidNotReceive().RevokeAllForUserAsync(Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_SucceedWithoutRevokingAnything_When_TokenIsUnknown()
    {
        var result = await _handler.Handle(new LogoutCommand("never-issued"), CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await _refreshTokens.DidNotReceive().RevokeFamilyAsync(Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>());
    }

    private RefreshToken Store(Guid ownerId)
    {
        var token = RefreshToken.IssueFirst(ownerId, TestUsers.HashOf(Token), _clock.GetUtcNow(), TimeSpan.FromDays(1));
        _refreshTokens.GetByHashForUpdateAsync(TestUsers.HashOf(Token), Arg.Any<CancellationToken>()).Returns(token);
        return token;
    }
}
