using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using AutoMapper;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings;

/// <summary>
/// What every booking use case needs: substituted repositories that know one listing (hosted by <see cref="HostId"/>)
/// and whatever bookings a test stores, a caller, a unit of work, a real mapper and pricing, and a manual clock.
/// </summary>
public abstract class BookingHandlerTestBase
{
    protected BookingHandlerTestBase()
    {
        Bookings.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Booking?)null);
        Bookings.GetByIdForUpdateAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Booking?)null);
        Properties.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Properties.GetByIdForUpdateAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Properties.GetByIdWithBlocksAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Bookings.When(b => b.Add(Arg.Any<Booking>())).Do(call => Added = call.Arg<Booking>());
        Listing = Store(TestListings.Listing(HostId));
    }

    protected IBookingRepository Bookings { get; } = Substitute.For<IBookingRepository>();

    protected IPropertyRepository Properties { get; } = Substitute.For<IPropertyRepository>();

    protected ICurrentUser CurrentUser { get; } = Substitute.For<ICurrentUser>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    /// <summary>No If-Match unless a test says otherwise.</summary>
    protected IRequestPreconditions Preconditions { get; } = Substitute.For<IRequestPreconditions>();

    protected IMapper Mapper { get; } = TestUsers.Mapper();

    protected PricingService Pricing { get; } = new();

    protected PendingRequestLimit PendingLimit { get; } = new(PendingRequestLimit.DefaultMaxPerGuest);

    protected FakeTimeProvider Clock { get; } = new(TestListings.Now);

    protected Guid HostId { get; } = Guid.NewGuid();

    protected Guid GuestId { get; } = Guid.NewGuid();

    /// <summary>A request-to-book listing of <see cref="HostId"/>, known to the repository.</summary>
    protected Property Listing { get; private set; }

    /// <summary>The booking the handler handed to <see cref="IBookingRepository.Add"/>, if any.</summary>
    protected Booking? Added { get; private set; }

    protected Property Store(Property listing)
    {
        Properties.GetByIdAsync(listing.Id, Arg.Any<CancellationToken>()).Returns(listing);
        Properties.GetByIdForUpdateAsync(listing.Id, Arg.Any<CancellationToken>()).Returns(listing);
        Properties.GetByIdWithBlocksAsync(listing.Id, Arg.Any<CancellationToken>()).Returns(listing);
        Listing = listing;
        return listing;
    }

    protected Booking Store(Booking booking)
    {
        Bookings.GetByIdAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);
        Bookings.GetByIdForUpdateAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);
        return booking;
    }

    protected Booking StorePending(int from = 10, int to = 13) => Store(TestListings.Pending(Listing, GuestId, from, to));

    protected Booking StoreConfirmed(int from = 10, int to = 13) => Store(TestListings.Confirmed(Listing, GuestId, from, to));

    protected void SignIn(Guid userId, Role role)
    {
        CurrentUser.IsAuthenticated.Returns(true);
        CurrentUser.UserId.Returns(userId);
        CurrentUser.Role.Returns(role);
    }

    protected void SignInAsGuest() => SignIn(GuestId, Role.Guest);

    protected void SignInAsHost() => SignIn(HostId, Role.Host);

    protected void SignInAsAdmin() => SignIn(Guid.NewGuid(), Role.Admin);

    /// <summary>A signed-in user who is neither the guest nor the host of anything here.</summary>
    protected void SignInAsStranger(Role role = Role.Guest) => SignIn(Guid.NewGuid(), role);

    protected void SignOut()
    {
        CurrentUser.IsAuthenticated.Returns(false);
        CurrentUser.UserId.Returns(_ => throw new InvalidOperationException("The call is anonymous."));
        CurrentUser.Role.Returns(Role.Guest);
    }

    protected void OverlapsAnotherBooking() =>
        Bookings.OverlapsAsync(Arg.Any<Guid>(), Arg.Any<AirbnbClone.Domain.Shared.DateRange>(), Arg.Any<Guid?>(), Arg.Any<CancellationToken>())
            .Returns(true);

    protected void SaveHitsTheExclusionConstraint() =>
        UnitOfWork.SaveChangesAsync(Arg.Any<CancellationToken>()).Returns<Task>(_ => throw new ExclusionConstraintException("bookings_no_overlap"));

    protected Task SavedOnce() => UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());

    protected Task NothingSaved() => UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
}
