using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.EventHandlers;
using AirbnbClone.Application.Notifications.SendEmail;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>Gina books Hugo's listing; every e-mail queued is recorded in <see cref="Sent"/>.</summary>
public abstract class EmailBookingPartiesHandlerTestBase
{
    protected EmailBookingPartiesHandlerTestBase()
    {
        Bookings.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Booking?)null);
        Properties.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Accounts = [Guest, Host];
        Users.GetByIdsAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<User>)[.. Accounts.Where(u => call.Arg<IReadOnlyCollection<Guid>>().Contains(u.Id))]);
        Jobs.EnqueueAsync(Arg.Any<SendEmailJob>(), Arg.Any<JobOptions?>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Sent.Add(call.Arg<SendEmailJob>());
                return Guid.NewGuid();
            });
        Listing = TestListings.Listing(Host.Id);
        Properties.GetByIdAsync(Listing.Id, Arg.Any<CancellationToken>()).Returns(Listing);
    }

    protected IBookingRepository Bookings { get; } = Substitute.For<IBookingRepository>();

    protected IPropertyRepository Properties { get; } = Substitute.For<IPropertyRepository>();

    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    /// <summary>The accounts that exist; a test removes one to play a deleted party.</summary>
    protected List<User> Accounts { get; }

    protected IJobQueue Jobs { get; } = Substitute.For<IJobQueue>();

    protected User Guest { get; } = TestListings.Person("Gina", "Guest", Role.Guest);

    protected User Host { get; } = TestListings.Person("Hugo", "Host", Role.Host);

    protected Property Listing { get; }

    protected List<SendEmailJob> Sent { get; } = [];

    private protected EmailBookingPartiesHandler Handler() => new(Bookings, Properties, Users, Jobs);

    protected Booking StorePending() => Store(TestListings.Pending(Listing, Guest.Id, from: 10, to: 13));

    protected Booking StoreConfirmed() => Store(TestListings.Confirmed(Listing, Guest.Id, from: 10, to: 13));

    protected SendEmailJob SentTo(User user) => Sent.Where(j => j.To == user.Email.Value).ShouldHaveSingleItem();

    private Booking Store(Booking booking)
    {
        Bookings.GetByIdAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);
        return booking;
    }
}
