using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings.Jobs;
using AirbnbClone.Application.Notifications;
using AirbnbClone.Application.Notifications.SendEmail;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Bookings;

/// <summary>What just happened to a booking, for the e-mails it triggers.</summary>
internal enum BookingChange
{
    Requested = 0,
    Confirmed = 1,
    Declined = 2,
    Expired = 3,
    Cancelled = 4,
    Completed = 5,

    /// <summary>Dates or guests changed without a new answer being needed from the host.</summary>
    Changed = 6,
}

/// <summary>
/// Everything a booking change sets off, in the command's transaction: the listing's cached calendar and search
/// pages are invalidated after commit, the expiry or completion job is (re)scheduled, and guest and host get
/// their e-mails. Jobs and e-mails are queued rows of the same transaction, so they exist only if it commits.
/// </summary>
internal sealed class BookingLifecycle(IJobQueue jobs, IUserRepository users, PropertyCacheInvalidator cache)
{
    public async Task ChangedAsync(Booking booking, Property property, BookingChange change, CancellationToken cancellationToken)
    {
        cache.PropertyChanged(property.Id);
        await ScheduleAsync(booking, cancellationToken);
        await NotifyAsync(booking, property, change, cancellationToken);
    }

    private async Task ScheduleAsync(Booking booking, CancellationToken cancellationToken)
    {
        // Keyed by the due time: a changed booking gets a new job; the stale one finds nothing to do.
        if (booking.Status == BookingStatus.Pending && booking.ExpiresAt is { } expiresAt)
        {
            await jobs.EnqueueAsync(
                new ExpireBookingRequestJob(booking.Id),
                new JobOptions(RunAt: expiresAt, DeduplicationKey: $"booking:{booking.Id:N}:expire:{expiresAt.UtcTicks}"),
                cancellationToken);
        }
        else if (booking.Status == BookingStatus.Confirmed)
        {
            await jobs.EnqueueAsync(
                new CompleteStayJob(booking.Id),
                new JobOptions(RunAt: booking.CompletesAt, DeduplicationKey: $"booking:{booking.Id:N}:complete:{booking.CheckOut:yyyyMMdd}"),
                cancellationToken);
        }
    }

    private async Task NotifyAsync(Booking booking, Property property, BookingChange change, CancellationToken cancellationToken)
    {
        if (change is BookingChange.Completed or BookingChange.Changed)
        {
            return;
        }

        var guest = await users.GetByIdAsync(booking.GuestId, cancellationToken);
        var host = await users.GetByIdAsync(property.HostId, cancellationToken);
        if (guest is null || host is null)
        {
            return;
        }

        var stay = new StayFacts(booking.Id, property.Title, booking.CheckIn, booking.CheckOut, booking.Guests);
        var total = Money.Create(booking.Total, booking.Currency).Value;
        var guestName = $"{guest.FirstName} {guest.LastName}";
        var hostName = $"{host.FirstName} {host.LastName}";
        switch (change)
        {
            case BookingChange.Requested:
                var payout = Money.Create(booking.Subtotal + booking.CleaningFee, booking.Currency).Value;
                await SendAsync(host.Email.Value, EmailTemplates.BookingRequested(host.FirstName, guestName, stay, payout, booking.ExpiresAt!.Value), cancellationToken);
                break;
            case BookingChange.Confirmed:
                var address = $"{property.Street}, {property.City}, {property.Country}";
                await SendAsync(guest.Email.Value, EmailTemplates.BookingConfirmed(guest.FirstName, hostName, stay, address, total), cancellationToken);
                break;
            case BookingChange.Declined:
                await SendAsync(guest.Email.Value, EmailTemplates.BookingDeclined(guest.FirstName, stay), cancellationToken);
                break;
            case BookingChange.Expired:
                await SendAsync(guest.Email.Value, EmailTemplates.BookingExpired(guest.FirstName, stay, booking.ExpiresAt!.Value), cancellationToken);
                break;
            case BookingChange.Cancelled:
                var by = booking.CancelledBy == booking.GuestId ? "the guest" : booking.CancelledBy == property.HostId ? "the host" : "AirbnbClone support";
                var refund = booking.RefundAmount is { } r ? Money.Create(r, booking.Currency).Value : null;
                await SendAsync(guest.Email.Value, EmailTemplates.BookingCancelled(guest.FirstName, by, stay, refund), cancellationToken);
                await SendAsync(host.Email.Value, EmailTemplates.BookingCancelled(host.FirstName, by, stay, null), cancellationToken);
                break;
        }
    }

    private Task<Guid?> SendAsync(string to, EmailContent content, CancellationToken cancellationToken) =>
        jobs.EnqueueAsync(SendEmailJob.Create(to, content), null, cancellationToken);
}
