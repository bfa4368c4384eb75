using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Application.Users.EventHandlers;

/// <summary>
/// A password change or a deletion ends every session of the account, the caller's included: a thief holding a
/// refresh token loses it. A logout (or a stolen refresh token coming back) ends one session. The refresh tokens are
/// revoked in the command's transaction; once it commits, every node is told, so the sessions' access tokens are
/// refused within a second (<see cref="ISessionRegistry"/>).
/// </summary>
internal sealed class EndSessionsHandler(IRefreshTokenRepository refreshTokens, ISessionRegistry sessions, IAfterCommit afterCommit) :
    IDomainEventHandler<UserPasswordChangedDomainEvent>,
    IDomainEventHandler<UserDeletedDomainEvent>,
    IDomainEventHandler<SessionEndedDomainEvent>
{
    public Task Handle(UserPasswordChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return EndAllAsync(domainEvent.UserId, domainEvent.ChangedAt, cancellationToken);
    }

    public Task Handle(UserDeletedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return EndAllAsync(domainEvent.UserId, domainEvent.DeletedAt, cancellationToken);
    }

    public async Task Handle(SessionEndedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        await refreshTokens.RevokeFamilyAsync(domainEvent.SessionId, domainEvent.EndedAt, cancellationToken);
        Announce([domainEvent.SessionId]);
    }

    private async Task EndAllAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Announce(await refreshTokens.RevokeAllForUserAsync(userId, now, cancellationToken));

    private void Announce(IReadOnlyCollection<Guid> sessionIds)
    {
        if (sessionIds.Count > 0)
        {
            afterCommit.Enqueue(cancellationToken => sessions.MarkEndedAsync(sessionIds, cancellationToken));
        }
    }
}
