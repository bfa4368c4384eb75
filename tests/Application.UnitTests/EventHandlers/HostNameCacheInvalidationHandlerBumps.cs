using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.EventHandlers;
using AirbnbClone.Domain.Users;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Listings show their host's first name: a renamed or deleted host (or admin, who may host) invalidates them.</summary>
public class HostNameCacheInvalidationHandlerBumps : CacheInvalidationTestBase
{
    private HostNameCacheInvalidationHandler Handler => new(Invalidator);

    [Theory]
    [InlineData(Role.Host)]
    [InlineData(Role.Admin)]
    public async Task Handle_Should_BumpTheHostsGenerationOnCommit_When_AHostingUserIsRenamed(Role role)
    {
        await Handler.Handle(new UserFirstNameChangedDomainEvent(Guid.NewGuid(), role), CancellationToken.None);
        NothingBumped();

        await Commit();

        await Bumped(PropertyCacheKeys.HostsGeneration);
    }

    [Theory]
    [InlineData(Role.Host)]
    [InlineData(Role.Admin)]
    public async Task Handle_Should_BumpTheHostsGenerationOnCommit_When_AHostingUserIsDeleted(Role role)
    {
        await Handler.Handle(new UserDeletedDomainEvent(Guid.NewGuid(), role, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await Commit();

        await Bumped("properties:hosts:gen");
    }

    [Fact]
    public async Task Handle_Should_BumpNothing_When_AGuestIsRenamed()
    {
        await Handler.Handle(new UserFirstNameChangedDomainEvent(Guid.NewGuid(), Role.Guest), CancellationToken.None);
        await Commit();

        NothingBumped();
    }

    [Fact]
    public async Task Handle_Should_BumpNothing_When_AGuestIsDeleted()
    {
        await Handler.Handle(new UserDeletedDomainEvent(Guid.NewGuid(), Role.Guest, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await Commit();

        NothingBumped();
    }
}
