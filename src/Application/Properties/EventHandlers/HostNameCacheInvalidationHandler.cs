using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Application.Properties.EventHandlers;

/// <summary>Listing details show their host's first name: a renamed or deleted (scrubbed) host makes them stale.</summary>
internal sealed class HostNameCacheInvalidationHandler(PropertyCacheInvalidator cache) :
    IDomainEventHandler<UserFirstNameChangedDomainEvent>,
    IDomainEventHandler<UserDeletedDomainEvent>
{
    public Task Handle(UserFirstNameChangedDomainEvent domainEvent, CancellationToken cancellationToken) => HostChanged(domainEvent.Role);

    public Task Handle(UserDeletedDomainEvent domainEvent, CancellationToken cancellationToken) => HostChanged(domainEvent.Role);

    private Task HostChanged(Role role)
    {
        // Guests host nothing: their names appear on no listing.
        if (role != Role.Guest)
        {
            cache.HostsChanged();
        }

        return Task.CompletedTask;
    }
}
