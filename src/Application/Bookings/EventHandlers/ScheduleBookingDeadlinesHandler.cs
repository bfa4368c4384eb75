using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings.Jobs;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;

namespace AirbnbClone.Application.Bookings.EventHandlers;

/// <summary>
/// Queues the job that ends a booking's current state: the expiry of a pending request, the completion of a
/// confirmed stay. Keyed by the due time, so a changed booking gets a new job and the stale one finds nothing to do.
/// </summary>
internal sealed class ScheduleBookingDeadlinesHandler(IBookingRepository bookings, IJobQueue jobs) :
    IDomainEventHandler<BookingRequestedDomainEvent>,
    IDomainEventHandler<BookingConfirmedDomainEvent>,
    IDomainEventHandler<BookingChangedDomainEvent>
{
    public Task Handle(BookingRequestedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        ScheduleAsync(domainEvent.BookingId, cancellationToken);

    public Task Handle(BookingConfirmedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        ScheduleAsync(domainEvent.BookingId, cancellationToken);

    public Task Handle(BookingChangedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        ScheduleAsync(domainEvent.BookingId, cancellationToken);

    private async Task ScheduleAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetByIdAsync(bookingId, cancellationToken);
        if (booking is { Status: BookingStatus.Pending, ExpiresAt: { } expiresAt })
        {
            await jobs.EnqueueAsync(
                new ExpireBookingRequestJob(booking.Id),
                new JobOptions(RunAt: expiresAt, DeduplicationKey: $"booking:{booking.Id:N}:expire:{expiresAt.UtcTicks}"),
                cancellationToken);
        }
        else if (booking is { Status: BookingStatus.Confirmed })
        {
            await jobs.EnqueueAsync(
                new CompleteStayJob(booking.Id),
                new JobOptions(RunAt: booking.CompletesAt, DeduplicationKey: $"booking:{booking.Id:N}:complete:{booking.CheckOut:yyyyMMdd}"),
                cancellationToken);
        }
    }
}
