using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.EventHandlers;
using AirbnbClone.Application.Bookings.Jobs;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.EventHandlers;

/// <summary>The job that ends a booking's current state: expiry of a request, completion of a confirmed stay.</summary>
public class ScheduleBookingDeadlinesHandlerJobs
{
    private static readonly Guid HostId = Guid.NewGuid();
    private static readonly Guid GuestId = Guid.NewGuid();

    private readonly IBookingRepository _bookings = Substitute.For<IBookingRepository>();
    private readonly IJobQueue _jobs = Substitute.For<IJobQueue>();

    private ScheduleBookingDeadlinesHandler Handler { get; }

    public ScheduleBookingDeadlinesHandlerJobs()
    {
        _bookings.GetByIdAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((Booking?)null);
        Handler = new ScheduleBookingDeadlinesHandler(_bookings, _jobs);
    }

    [Fact]
    public async Task Handle_Should_QueueTheExpiryAtTheDeadlineKeyedByIt_When_ARequestIsPending()
    {
        var booking = Store(TestListings.Pending(TestListings.Listing(HostId), GuestId));
        var deadline = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

        await Handler.Handle(new BookingRequestedDomainEvent(booking.Id, booking.PropertyId), CancellationToken.None);

        await _jobs.Received(1).EnqueueAsync(
            new ExpireBookingRequestJob(booking.Id),
            new JobOptions(RunAt: deadline, DeduplicationKey: $"booking:{booking.Id:N}:expire:{deadline.UtcTicks}"),
            Arg.Any<CancellationToken>());
        await _jobs.DidNotReceive().EnqueueAsync(Arg.Any<CompleteStayJob>(), Arg.Any<JobOptions?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_QueueTheCompletionAtTheEndOfTheCheckOutDayKeyedByIt_When_TheStayIsConfirmed()
    {
        // Nights 11-13 March 2026: check-out on the 14th, over at 00:00 UTC on the 15th.
        var booking = Store(TestListings.Confirmed(TestListings.Listing(HostId), GuestId, from: 10, to: 13));

        await Handler.Handle(new BookingConfirmedDomainEvent(booking.Id, booking.PropertyId), CancellationToken.None);

        await _jobs.Received(1).EnqueueAsync(
            new CompleteStayJob(booking.Id),
            new JobOptions(RunAt: new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero), DeduplicationKey: $"booking:{booking.Id:N}:complete:20260314"),
            Arg.Any<CancellationToken>());
        await _jobs.DidNotReceive().EnqueueAsync(Arg.Any<ExpireBookingRequestJob>(), Arg.Any<JobOptions?>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_QueueACompletionKeyedByTheNewCheckOut_When_AConfirmedStayChanged()
    {
        var listing = TestListings.Listing(HostId, instantBook: true);
        var booking = Store(TestListings.Confirmed(listing, GuestId, from: 10, to: 13));
        booking.Change(listing, GuestId, TestListings.Stay(10, 15), 2, TestListings.Now, TestListings.Pricing).IsSuccess.ShouldBeTrue();

        await Handler.Handle(new BookingChangedDomainEvent(booking.Id, booking.PropertyId), CancellationToken.None);

        await _jobs.Received(1).EnqueueAsync(
            new CompleteStayJob(booking.Id),
            new JobOptions(RunAt: new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.Zero), DeduplicationKey: $"booking:{booking.Id:N}:complete:20260316"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_QueueANewExpiry_When_AConfirmedStayOfARequestToBookListingChangedBackToPending()
    {
        var listing = TestListings.Listing(HostId);
        var booking = Store(TestListings.Confirmed(listing, GuestId, from: 10, to: 13));
        var changedAt = TestListings.Now.AddHours(5);
        booking.Change(listing, GuestId, TestListings.Stay(10, 14), 2, changedAt, TestListings.Pricing).IsSuccess.ShouldBeTrue();
        var deadline = changedAt + Booking.RequestLifetime;

        await Handler.Handle(new BookingRequestedDomainEvent(booking.Id, booking.PropertyId), CancellationToken.None);

        await _jobs.Received(1).EnqueueAsync(
            new ExpireBookingRequestJob(booking.Id),
            new JobOptions(RunAt: deadline, DeduplicationKey: $"booking:{booking.Id:N}:expire:{deadline.UtcTicks}"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Handle_Should_QueueNothing_When_TheBookingIsNoLongerPendingOrConfirmed()
    {
        var booking = Store(TestListings.Pending(TestListings.Listing(HostId), GuestId));
        booking.Cancel(GuestId, false, HostId, TestListings.Now).IsSuccess.ShouldBeTrue();

        await Handler.Handle(new BookingRequestedDomainEvent(booking.Id, booking.PropertyId), CancellationToken.None);

        _jobs.ReceivedCalls().ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_Should_QueueNothing_When_TheBookingIsMissing()
    {
        await Handler.Handle(new BookingConfirmedDomainEvent(Guid.NewGuid(), Guid.NewGuid()), CancellationToken.None);

        _jobs.ReceivedCalls().ShouldBeEmpty();
    }

    private Booking Store(Booking booking)
    {
        _bookings.GetByIdAsync(booking.Id, Arg.Any<CancellationToken>()).Returns(booking);
        return booking;
    }
}
