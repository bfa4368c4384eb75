using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Application.Users.EventHandlers;

/// <summary>
/// A password change or a deletion ends every session of the account, the caller's included: a thief holding a
/// refresh token loses it.
/// </summary>
internal sealed class EndSessionsHandler(IRefreshTokenRepository refreshTokens) :
    IDomainEventHandler<UserPasswordChangedDomainEvent>,
    IDomainEventHandler<UserDeletedDomainEvent>
{
    public Task Handle(UserPasswordChangedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return refreshTokens.RevokeAllForUserAsync(domainEvent.UserId, domainEvent.ChangedAt, cancellationToken);
    }

    public Task Handle(UserDeletedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return refreshTokens.RevokeAllForUserAsync(domainEvent.UserId, domainEvent.DeletedAt, cancellationToken);
    }
}
