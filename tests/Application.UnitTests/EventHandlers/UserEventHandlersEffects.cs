using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Notifications.SendEmail;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.EventHandlers;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>The account events' side effects: a welcome e-mail, and the end of every session.</summary>
public class UserEventHandlersEffects
{
    private readonly IUserRepository _users = Substitute.For<IUserRepository>();
    private readonly IJobQueue _jobs = Substitute.For<IJobQueue>();
    private readonly IRefreshTokenRepository _refreshTokens = Substitute.For<IRefreshTokenRepository>();
    private readonly ISessionRegistry _sessions = Substitute.For<ISessionRegistry>();
    private readonly AfterCommitActions _afterCommit = new();

    public UserEventHandlersEffects() => _users.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((User?)null);

    [Fact]
    public async Task SendWelcomeEmail_Should_QueueOneWelcomeDeduplicatedByTheAccount_When_AUserRegistered()
    {
        var user = TestListings.Person("Gina", "Guest", Role.Guest);
        _users.GetByIdAsync(user.Id, Arg.Any<CancellationToken>()).Returns(user);

        await new SendWelcomeEmailHandler(_users, _jobs).Handle(new UserRegisteredDomainEvent(user.Id), CancellationToken.None);

        await _jobs.Received(1).EnqueueAsync(
            Arg.Is<SendEmailJob>(j => j.To == "gina@example.com" && j.Subject == "Welcome to AirbnbClone"
                && j.Body.StartsWith("Hello Gina,", StringComparison.Ordinal) && j.Body.Contains("gina@example.com", StringComparison.Ordinal)),
            new JobOptions(DeduplicationKey: $"welcome:{user.Id}"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task SendWelcomeEmail_Should_QueueNothing_When_TheUserIsMissing()
    {
        await new SendWelcomeEmailHandler(_users, _jobs).Handle(new UserRegisteredDomainEvent(Guid.NewGuid()), CancellationToken.None);

        _jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task EndSessions_Should_RevokeEveryRefreshTokenAsOfTheChangeAndAnnounceTheSessionsAfterCommit_When_ThePasswordChanged()
    {
        var userId = Guid.NewGuid();
        var changedAt = new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.Zero);
        IReadOnlyList<Guid> sessions = [Guid.NewGuid(), Guid.NewGuid()];
        _refreshTokens.RevokeAllForUserAsync(userId, changedAt, Arg.Any<CancellationToken>()).Returns(sessions);

        await EndSessions().Handle(new UserPasswordChangedDomainEvent(userId, changedAt), CancellationToken.None);

        await _refreshTokens.Received(1).RevokeAllForUserAsync(userId, changedAt, Arg.Any<CancellationToken>());
        _sessions.ReceivedCalls().ShouldBeEmpty();
        await _afterCommit.RunAsync(CancellationToken.None);
        await _sessions.Received(1).MarkEndedAsync(sessions, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EndSessions_Should_RevokeTheFamilyAndAnnounceItAfterCommit_When_ASessionEnded()
    {
        var sessionId = Guid.NewGuid();
        var endedAt = new DateTimeOffset(2026, 3, 6, 10, 0, 0, TimeSpan.Zero);

        await EndSessions().Handle(new SessionEndedDomainEvent(Guid.NewGuid(), sessionId, endedAt), CancellationToken.None);

        await _refreshTokens.Received(1).RevokeFamilyAsync(sessionId, endedAt, Arg.Any<CancellationToken>());
        await _afterCommit.RunAsync(CancellationToken.None);
        await _sessions.Received(1).MarkEndedAsync(Arg.Is<IReadOnlyCollection<Guid>>(ids => ids.Single() == sessionId), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EndSessions_Should_RevokeEveryRefreshTokenAsOfTheDeletion_When_TheAccountIsDeleted()
    {
        var userId = Guid.NewGuid();
        var deletedAt = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero);

        _refreshTokens.RevokeAllForUserAsync(userId, deletedAt, Arg.Any<CancellationToken>()).Returns([]);

        await EndSessions().Handle(new UserDeletedDomainEvent(userId, Role.Host, deletedAt), CancellationToken.None);

        await _refreshTokens.Received(1).RevokeAllForUserAsync(userId, deletedAt, Arg.Any<CancellationToken>());
    }

    private EndSessionsHandler EndSessions() => new(_refreshTokens, _sessions, _afterCommit);
}
