using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings.Jobs;
using AirbnbClone.Application.Notifications;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Bookings.EventHandlers;

/// <summary>
/// Tells guest and host what happened to a booking. The e-mails are queued jobs of the command's transaction, so
/// they exist only if it commits. They carry the booking's facts as they are now; the job looks the people up
/// (names, address) when it runs, so the command reads no user row. A changed or completed stay sends nothing.
/// </summary>
internal sealed class EmailBookingPartiesHandler(IBookingRepository bookings, IPropertyRepository properties, IJobQueue jobs) :
    IDomainEventHandler<BookingRequestedDomainEvent>,
    IDomainEventHandler<BookingConfirmedDomainEvent>,
    IDomainEventHandler<BookingDeclinedDomainEvent>,
    IDomainEventHandler<BookingExpiredDomainEvent>,
    IDomainEventHandler<BookingCancelledDomainEvent>
{
    private enum To
    {
        Guest,
        Host,
    }

    public Task Handle(BookingRequestedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (booking, _, email) =>
            [email(BookingEmailKind.Requested, To.Host) with { Amount = booking.Subtotal + booking.CleaningFee, Deadline = booking.ExpiresAt!.Value }],
            cancellationToken);

    public Task Handle(BookingConfirmedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (booking, property, email) =>
            [email(BookingEmailKind.Confirmed, To.Guest) with { Amount = booking.Total, Address = $"{property.Street}, {property.City}, {property.Country}" }],
            cancellationToken);

    public Task Handle(BookingDeclinedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (_, _, email) => [email(BookingEmailKind.Declined, To.Guest)], cancellationToken);

    public Task Handle(BookingExpiredDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (booking, _, email) =>
            [email(BookingEmailKind.Expired, To.Guest) with { Deadline = booking.ExpiresAt!.Value }], cancellationToken);

    public Task Handle(BookingCancelledDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (booking, property, email) =>
        {
            var by = booking.CancelledBy == booking.GuestId ? "the guest"
                : booking.CancelledBy == property.HostId ? "the host"
                : "AirbnbClone support";
            return
            [
                email(BookingEmailKind.Cancelled, To.Guest) with { Amount = booking.RefundAmount, CancelledBy = by },
                email(BookingEmailKind.Cancelled, To.Host) with { Amount = booking.RefundAmount, CancelledBy = by },
            ];
        }, cancellationToken);

    private async Task SendAsync(
        Guid bookingId,
        Func<Booking, Property, Func<BookingEmailKind, To, SendBookingEmailJob>, IEnumerable<SendBookingEmailJob>> compose,
        CancellationToken cancellationToken)
    {
        // The booking and its listing are already tracked by the command: these lookups do not go to the database.
        var booking = await bookings.GetByIdAsync(bookingId, cancellationToken);
        var property = booking is null ? null : await properties.GetByIdAsync(booking.PropertyId, cancellationToken);
        if (booking is null || property is null)
        {
            return;
        }

        var stay = new StayFacts(booking.Id, property.Title, booking.CheckIn, booking.CheckOut, booking.Guests);
        SendBookingEmailJob Email(BookingEmailKind kind, To to) =>
            new(kind, to == To.Host ? property.HostId : booking.GuestId, booking.GuestId, property.HostId, stay, booking.Currency);

        foreach (var email in compose(booking, property, Email))
        {
            await jobs.EnqueueAsync(email, null, cancellationToken);
        }
    }
}
