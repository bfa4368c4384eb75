using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.EventHandlers;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Properties.Events;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Any change of a listing or of a booking of it invalidates that listing and every search page, after commit only.</summary>
public class ListingCacheInvalidationHandlerBumps : CacheInvalidationTestBase
{
    private static readonly Guid PropertyId = Guid.NewGuid();

    private ListingCacheInvalidationHandler Handler => new(Invalidator);

    [Fact]
    public async Task Handle_Should_BumpNothingBeforeTheCommit_When_AListingChanged()
    {
        await Handler.Handle(new PropertyChangedDomainEvent(PropertyId), CancellationToken.None);

        NothingBumped();
    }

    [Fact]
    public async Task Handle_Should_BumpTheListingsAndTheSearchGenerationsOnCommit_When_AListingChanged()
    {
        await Handler.Handle(new PropertyChangedDomainEvent(PropertyId), CancellationToken.None);
        await Commit();

        await Bumped($"properties:{PropertyId:N}:gen");
        await Bumped(PropertyCacheKeys.SearchGeneration);
    }

    [Fact]
    public async Task Handle_Should_BumpNothing_When_TheCommandRollsBack()
    {
        await Handler.Handle(new PropertyChangedDomainEvent(PropertyId), CancellationToken.None);
        AfterCommit.Discard();
        await Commit();

        NothingBumped();
    }

    [Fact]
    public Task Handle_Should_BumpTheListing_When_ABookingIsRequested() =>
        AssertBumpsTheListing(h => h.Handle(new BookingRequestedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_BumpTheListing_When_ABookingIsConfirmed() =>
        AssertBumpsTheListing(h => h.Handle(new BookingConfirmedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_BumpTheListing_When_ABookingIsDeclined() =>
        AssertBumpsTheListing(h => h.Handle(new BookingDeclinedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_BumpTheListing_When_ABookingExpires() =>
        AssertBumpsTheListing(h => h.Handle(new BookingExpiredDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_BumpTheListing_When_ABookingIsCancelled() =>
        AssertBumpsTheListing(h => h.Handle(new BookingCancelledDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_BumpTheListing_When_ABookingChanges() =>
        AssertBumpsTheListing(h => h.Handle(new BookingChangedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_BumpTheListing_When_AStayCompletes() =>
        AssertBumpsTheListing(h => h.Handle(new BookingCompletedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    private async Task AssertBumpsTheListing(Func<ListingCacheInvalidationHandler, Task> handle)
    {
        await handle(Handler);
        NothingBumped();

        await Commit();

        await Bumped(PropertyCacheKeys.Generation(PropertyId));
        await Bumped(PropertyCacheKeys.SearchGeneration);
    }
}
