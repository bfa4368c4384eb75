using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using AutoMapper;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers;

/// <summary>
/// What every listing command needs: substituted repositories that know one listing of <see cref="Host"/>, a caller,
/// a unit of work, a real mapper and a manual clock.
/// </summary>
public abstract class PropertyHandlerTestBase
{
    protected PropertyHandlerTestBase()
    {
        Properties.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Properties.GetByIdForUpdateAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Properties.When(p => p.Add(Arg.Any<Property>())).Do(call => Added = call.Arg<Property>());
        Users.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((User?)null);
        Users.GetByIdAsync(Host.Id, Arg.Any<CancellationToken>()).Returns(Host);
        Listing = Store(TestListings.Listing(Host.Id));
    }

    protected IPropertyRepository Properties { get; } = Substitute.For<IPropertyRepository>();

    protected IBookingRepository Bookings { get; } = Substitute.For<IBookingRepository>();

    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    protected ICurrentUser CurrentUser { get; } = Substitute.For<ICurrentUser>();

    protected IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    /// <summary>No If-Match unless a test says otherwise.</summary>
    protected IRequestPreconditions Preconditions { get; } = Substitute.For<IRequestPreconditions>();

    protected IMapper Mapper { get; } = TestUsers.Mapper();

    protected FakeTimeProvider Clock { get; } = new(TestListings.Now.AddDays(1));

    protected User Host { get; } = TestListings.Person("Hugo", "Host", Role.Host);

    /// <summary>A listed, request-to-book listing of <see cref="Host"/>, known to the repository.</summary>
    protected Property Listing { get; private set; }

    protected Property? Added { get; private set; }

    protected Property Store(Property listing)
    {
        Properties.GetByIdAsync(listing.Id, Arg.Any<CancellationToken>()).Returns(listing);
        Properties.GetByIdForUpdateAsync(listing.Id, Arg.Any<CancellationToken>()).Returns(listing);
        Listing = listing;
        return listing;
    }

    protected Property StoreUnlisted() => Store(TestListings.Unlisted(Host.Id));

    protected void SignIn(Guid userId, Role role)
    {
        CurrentUser.IsAuthenticated.Returns(true);
        CurrentUser.UserId.Returns(userId);
        CurrentUser.Role.Returns(role);
    }

    protected void SignInAsHost() => SignIn(Host.Id, Role.Host);

    protected void SignInAsAdmin() => SignIn(Guid.NewGuid(), Role.Admin);

    protected void SignInAsOtherHost() => SignIn(Guid.NewGuid(), Role.Host);

    protected void HasFutureConfirmedBookings() =>
        Bookings.HasFutureConfirmedAsync(Listing.Id, Arg.Any<DateOnly>(), Arg.Any<CancellationToken>()).Returns(true);

    protected Task SavedOnce() => UnitOfWork.Received(1).SaveChangesAsync(Arg.Any<CancellationToken>());

    protected Task NothingSaved() => UnitOfWork.DidNotReceive().SaveChangesAsync(Arg.Any<CancellationToken>());
}
