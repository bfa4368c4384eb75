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
    public async Task EndSessions_Should_RevokeEveryRefreshTokenAsOfTheChange_When_ThePasswordChanged()
    {
        var userId = Guid.NewGuid();
        var changedAt = new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.Zero);

        await new EndSessionsHandler(_refreshTokens).Handle(new UserPasswordChangedDomainEvent(userId, changedAt), CancellationToken.None);

        await _refreshTokens.Received(1).RevokeAllForUserAsync(userId, changedAt, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EndSessions_Should_RevokeEveryRefreshTokenAsOfTheDeletion_When_TheAccountIsDeleted()
    {
        var userId = Guid.NewGuid();
        var deletedAt = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero);

        await new EndSessionsHandler(_refreshTokens).Handle(new UserDeletedDomainEvent(userId, Role.Host, deletedAt), CancellationToken.None);

        await _refreshTokens.Received(1).RevokeAllForUserAsync(userId, deletedAt, Arg.Any<CancellationToken>());
    }
}
