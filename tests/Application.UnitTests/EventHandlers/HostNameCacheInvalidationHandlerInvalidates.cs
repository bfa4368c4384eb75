using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.EventHandlers;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Listings show their host's first name: a renamed or deleted host (or admin, who may host) invalidates them.</summary>
public class HostNameCacheInvalidationHandlerInvalidates : CacheInvalidationTestBase
{
    private HostNameCacheInvalidationHandler Handler => new(Invalidator);

    [Theory]
    [InlineData(Role.Host)]
    [InlineData(Role.Admin)]
    public async Task Handle_Should_InvalidateTheHostsTagOnCommit_When_AHostingUserIsRenamed(Role role)
    {
        await Handler.Handle(new UserFirstNameChangedDomainEvent(Guid.NewGuid(), role), CancellationToken.None);
        NothingInvalidated();

        await Commit();

        Invalidated(PropertyCacheKeys.HostsTag);
    }

    [Theory]
    [InlineData(Role.Host)]
    [InlineData(Role.Admin)]
    public async Task Handle_Should_InvalidateTheHostsTagOnCommit_When_AHostingUserIsDeleted(Role role)
    {
        await Handler.Handle(new UserDeletedDomainEvent(Guid.NewGuid(), role, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await Commit();

        Invalidated("properties:hosts");
    }

    [Fact]
    public async Task Handle_Should_InvalidateNothing_When_AGuestIsRenamed()
    {
        await Handler.Handle(new UserFirstNameChangedDomainEvent(Guid.NewGuid(), Role.Guest), CancellationToken.None);
        await Commit();

        NothingInvalidated();
    }

    [Fact]
    public async Task Handle_Should_InvalidateNothing_When_AGuestIsDeleted()
    {
        await Handler.Handle(new UserDeletedDomainEvent(Guid.NewGuid(), Role.Guest, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await Commit();

        NothingInvalidated();
    }
}
