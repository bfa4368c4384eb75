using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.EventHandlers;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Properties.Events;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Any change of a listing or of a booking of it invalidates that listing and every search page, after commit only.</summary>
public class ListingCacheInvalidationHandlerInvalidates : CacheInvalidationTestBase
{
    private static readonly Guid PropertyId = Guid.NewGuid();

    private ListingCacheInvalidationHandler Handler => new(Invalidator);

    [Fact]
    public async Task Handle_Should_InvalidateNothingBeforeTheCommit_When_AListingChanged()
    {
        await Handler.Handle(new PropertyChangedDomainEvent(PropertyId), CancellationToken.None);

        NothingInvalidated();
    }

    [Fact]
    public async Task Handle_Should_InvalidateTheListingsAndTheSearchTagsOnCommit_When_AListingChanged()
    {
        await Handler.Handle(new PropertyChangedDomainEvent(PropertyId), CancellationToken.None);
        await Commit();

        Invalidated($"properties:{PropertyId:N}");
        Invalidated(PropertyCacheKeys.SearchTag);
    }

    [Fact]
    public async Task Handle_Should_InvalidateNothing_When_TheCommandRollsBack()
    {
        await Handler.Handle(new PropertyChangedDomainEvent(PropertyId), CancellationToken.None);
        AfterCommit.Discard();
        await Commit();

        NothingInvalidated();
    }

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_ABookingIsRequested() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingRequestedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_ABookingIsConfirmed() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingConfirmedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_ABookingIsDeclined() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingDeclinedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_ABookingExpires() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingExpiredDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_ABookingIsCancelled() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingCancelledDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_ABookingChanges() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingChangedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    [Fact]
    public Task Handle_Should_InvalidateTheListing_When_AStayCompletes() =>
        AssertInvalidatesTheListing(h => h.Handle(new BookingCompletedDomainEvent(Guid.NewGuid(), PropertyId), CancellationToken.None));

    private async Task AssertInvalidatesTheListing(Func<ListingCacheInvalidationHandler, Task> handle)
    {
        await handle(Handler);
        NothingInvalidated();

        await Commit();

        Invalidated(PropertyCacheKeys.ListingTag(PropertyId));
        Invalidated(PropertyCacheKeys.SearchTag);
    }
}
