using AirbnbClone.Application.Abstractions.Events;
using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Notifications;
using AirbnbClone.Application.Notifications.SendEmail;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Bookings.Events;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Bookings.EventHandlers;

/// <summary>
/// Tells guest and host what happened to a booking. The e-mails are queued jobs of the command's transaction, so
/// they exist only if it commits. A changed or completed stay sends nothing.
/// </summary>
internal sealed class EmailBookingPartiesHandler(
    IBookingRepository bookings, IPropertyRepository properties, IUserRepository users, IJobQueue jobs) :
    IDomainEventHandler<BookingRequestedDomainEvent>,
    IDomainEventHandler<BookingConfirmedDomainEvent>,
    IDomainEventHandler<BookingDeclinedDomainEvent>,
    IDomainEventHandler<BookingExpiredDomainEvent>,
    IDomainEventHandler<BookingCancelledDomainEvent>
{
    public Task Handle(BookingRequestedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (parties, stay) =>
        {
            var booking = parties.Booking;
            var payout = Money.Create(booking.Subtotal + booking.CleaningFee, booking.Currency).Value;
            var guestName = $"{parties.Guest.FirstName} {parties.Guest.LastName}";
            return [(parties.Host, EmailTemplates.BookingRequested(parties.Host.FirstName, guestName, stay, payout, booking.ExpiresAt!.Value))];
        }, cancellationToken);

    public Task Handle(BookingConfirmedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (parties, stay) =>
        {
            var property = parties.Property;
            var address = $"{property.Street}, {property.City}, {property.Country}";
            var hostName = $"{parties.Host.FirstName} {parties.Host.LastName}";
            var total = Money.Create(parties.Booking.Total, parties.Booking.Currency).Value;
            return [(parties.Guest, EmailTemplates.BookingConfirmed(parties.Guest.FirstName, hostName, stay, address, total))];
        }, cancellationToken);

    public Task Handle(BookingDeclinedDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (parties, stay) =>
            [(parties.Guest, EmailTemplates.BookingDeclined(parties.Guest.FirstName, stay))], cancellationToken);

    public Task Handle(BookingExpiredDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (parties, stay) =>
            [(parties.Guest, EmailTemplates.BookingExpired(parties.Guest.FirstName, stay, parties.Booking.ExpiresAt!.Value))], cancellationToken);

    public Task Handle(BookingCancelledDomainEvent domainEvent, CancellationToken cancellationToken) =>
        SendAsync(domainEvent.BookingId, (parties, stay) =>
        {
            var booking = parties.Booking;
            var by = booking.CancelledBy == booking.GuestId ? "the guest"
                : booking.CancelledBy == parties.Property.HostId ? "the host"
                : "AirbnbClone support";
            var refund = booking.RefundAmount is { } amount ? Money.Create(amount, booking.Currency).Value : null;
            return
            [
                (parties.Guest, EmailTemplates.BookingCancelled(parties.Guest.FirstName, by, stay, refund)),
                (parties.Host, EmailTemplates.BookingCancelled(parties.Host.FirstName, by, stay, refund, toHost: true)),
            ];
        }, cancellationToken);

    private async Task SendAsync(
        Guid bookingId, Func<Parties, StayFacts, IEnumerable<(User To, EmailContent Content)>> compose, CancellationToken cancellationToken)
    {
        // The booking and its listing are already tracked by the command: these lookups do not go to the database.
        var booking = await bookings.GetByIdAsync(bookingId, cancellationToken);
        var property = booking is null ? null : await properties.GetByIdAsync(booking.PropertyId, cancellationToken);
        if (booking is null || property is null)
        {
            return;
        }

        // Guest and host in one round trip.
        var people = await users.GetByIdsAsync([booking.GuestId, property.HostId], cancellationToken);
        var guest = people.FirstOrDefault(u => u.Id == booking.GuestId);
        var host = people.FirstOrDefault(u => u.Id == property.HostId);
        if (guest is null || host is null)
        {
            return;
        }

        var stay = new StayFacts(booking.Id, property.Title, booking.CheckIn, booking.CheckOut, booking.Guests);
        foreach (var (to, content) in compose(new Parties(booking, property, guest, host), stay))
        {
            await jobs.EnqueueAsync(SendEmailJob.Create(to.Email.Value, content), null, cancellationToken);
        }
    }

    private sealed record Parties(Booking Booking, Property Property, User Guest, User Host);
}
