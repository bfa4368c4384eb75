using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Abstractions.Mail;
using AirbnbClone.Application.Notifications;
using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Bookings.Jobs;

/// <summary>
/// One e-mail about a booking to its guest or its host. The facts of the booking are those of the moment of the change
/// (taken from the aggregates the command already holds); the people (names, e-mail address) are looked up when the
/// job runs, off the request's path. A recipient whose account is gone or deleted (scrubbed) gets nothing.
/// </summary>
/// <param name="Amount">The payout (request), total (confirmation) or refund (cancellation), in <paramref name="Currency"/>.</param>
/// <param name="Deadline">When the host must answer (request) or when the request expired (expiry).</param>
/// <param name="Address">Where the stay is (confirmation).</param>
/// <param name="CancelledBy">"the guest", "the host" or "AirbnbClone support" (cancellation).</param>
public sealed record SendBookingEmailJob(
    BookingEmailKind Kind,
    Guid RecipientId,
    Guid GuestId,
    Guid HostId,
    StayFacts Stay,
    string Currency,
    decimal? Amount = null,
    DateTimeOffset? Deadline = null,
    string? Address = null,
    string? CancelledBy = null) : IJobPayload
{
    public static string JobType => "booking.email";
}

internal sealed class SendBookingEmailJobHandler(IUserRepository users, IEmailSender sender) : IJobHandler<SendBookingEmailJob>
{
    public async Task HandleAsync(SendBookingEmailJob payload, JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);

        // Guest and host in one round trip.
        var people = await users.GetByIdsAsync([payload.GuestId, payload.HostId], cancellationToken);
        var guest = people.FirstOrDefault(u => u.Id == payload.GuestId);
        var host = people.FirstOrDefault(u => u.Id == payload.HostId);
        var recipient = payload.RecipientId == payload.GuestId ? guest : host;
        if (guest is null || host is null || recipient is null || recipient.IsDeleted)
        {
            return;
        }

        var stay = payload.Stay;
        var content = payload.Kind switch
        {
            BookingEmailKind.Requested => EmailTemplates.BookingRequested(
                host.FirstName, $"{guest.FirstName} {guest.LastName}", stay, Amount(payload)!, payload.Deadline!.Value),
            BookingEmailKind.Confirmed => EmailTemplates.BookingConfirmed(
                guest.FirstName, $"{host.FirstName} {host.LastName}", stay, payload.Address!, Amount(payload)!),
            BookingEmailKind.Declined => EmailTemplates.BookingDeclined(guest.FirstName, stay),
            BookingEmailKind.Expired => EmailTemplates.BookingExpired(guest.FirstName, stay, payload.Deadline!.Value),
            BookingEmailKind.Cancelled => EmailTemplates.BookingCancelled(
                recipient.FirstName, payload.CancelledBy!, stay, Amount(payload), toHost: recipient == host),
            _ => throw new InvalidOperationException($"Unknown booking e-mail kind {payload.Kind}."),
        };

        // The job id is the idempotency key: a job re-run after a crash does not send the message twice.
        await sender.SendAsync(new EmailMessage(recipient.Email.Value, content.Subject, content.Body), context.JobId, cancellationToken);
    }

    private static Money? Amount(SendBookingEmailJob payload) =>
        payload.Amount is { } amount ? Money.Create(amount, payload.Currency).Value : null;
}
