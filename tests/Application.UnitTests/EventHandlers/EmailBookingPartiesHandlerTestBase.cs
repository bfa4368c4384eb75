using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Abstractions.Mail;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.EventHandlers;
using AirbnbClone.Application.Bookings.Jobs;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>
/// Gina books Hugo's listing. Every e-mail job the event handler queues is recorded in <see cref="Queued"/> and run
/// at once by <see cref="SendBookingEmailJobHandler"/>; the messages it sends are recorded in <see cref="Sent"/>.
/// </summary>
public abstract class EmailBookingPartiesHandlerTestBase
{
    protected EmailBookingPartiesHandlerTestBase()
    {
        Bookings.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Booking?)null);
        Properties.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Property?)null);
        Accounts = [Guest, Host];
        Users.GetByIdsAsync(Arg.Any<IReadOnlyCollection<Guid>>(), Arg.Any<CancellationToken>())
            .Returns(call => (IReadOnlyList<User>)[.. Accounts.Where(u => call.Arg<IReadOnlyCollection<Guid>>().Contains(u.Id))]);
        Jobs.EnqueueAsync(Arg.Any<SendBookingEmailJob>(), Arg.Any<JobOptions?>(), Arg.Any<CancellationToken>())
            .Returns(async call =>
            {
                var job = call.Arg<SendBookingEmailJob>();
                Queued.Add(job);
                var id = Guid.NewGuid();
                await new SendBookingEmailJobHandler(Users, Sender).HandleAsync(job, new JobContext(id, SendBookingEmailJob.JobType, 1, 5), CancellationToken.None);
                return (Guid?)id;
            });
        Sender.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<Guid?>(), Arg.Any<CancellationToken>())
            .Returns(call =>
            {
                Sent.Add(call.Arg<EmailMessage>());
                return Task.CompletedTask;
            });
        Listing = TestListings.Listing(Host.Id);
        Properties.GetByIdAsync(Listing.Id, Arg.Any<CancellationToken>()).Returns(Listing);
    }

    protected IBookingRepository Bookings { get; } = Substitute.For<IBookingRepository>();

    protected IPropertyRepository Properties { get; } = Substitute.For<IPropertyRepository>();

    protected IUserRepository Users { get; } = Substitute.For<IUserRepository>();

    /// <summary>The accounts that exist when the e-mail job runs; a test removes one to play a missing party.</summary>
    protected List<User> Accounts { get; }

    protected IJobQueue Jobs { get; } = Substitute.For<IJobQueue>();

    protected IEmailSender Sender { get; } = Substitute.For<IEmailSender>();

    protected User Guest { get; } = TestListings.Person("Gina", "Guest", Role.Guest);

    protected User Host { get; } = TestListings.Person("Hugo", "Host", Role.Host);

    protected Property Listing { get; }

    protected List<SendBookingEmailJob> Queued { get; } = [];

    protected List<EmailMessage> Sent { get; } = [];

    private protected EmailBookingPartiesHandler Handler() => new(Bookings, Properties, Jobs);

    protected Booking StorePending() => Store(TestListings.Pending(Listing, Guest.Id, from: 10, to: 13));

    protected Booking StoreConfirmed() => Store(TestListings.Confirmed(Listing, Guest.Id, from: 10, to: 13));

    protected EmailMessage SentTo(User user) => Sent.Where(m => m.To == user.Email.Value).ShouldHaveSingleItem();

    private Booking Store(Booking booking)
    {
        Bookings.GetByIdAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);
        return booking;
    }
}
