using System.Globalization;
using System.Text;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Notifications;

/// <summary>
/// Every e-mail the service sends, as plain text in English. Each one states the facts a person needs without
/// logging in: what happened, to which stay (title, dates, guests, booking reference), the money involved and
/// what happens next.
/// </summary>
public static class EmailTemplates
{
    public const string Signature = "The AirbnbClone team";

    public static EmailContent Welcome(string firstName, string email) => new(
        "Welcome to AirbnbClone",
        Body(firstName,
            "Your account is ready. You can now search for homes and book your next stay.",
            $"You signed up with {email}. If this was not you, reply to this message and we will close the account.",
            "Tip: hosts can list a home from their profile; guests can save homes and message hosts before booking."));

    /// <summary>To the host: a guest asks to book; the dates are held until <paramref name="respondBy"/>.</summary>
    public static EmailContent BookingRequested(string hostFirstName, string guestName, StayFacts stay, Money payout, DateTimeOffset respondBy)
    {
        ArgumentNullException.ThrowIfNull(stay);
        return new(
            $"Booking request from {guestName}: {stay.PropertyTitle}, {Dates(stay)}",
            Body(hostFirstName,
                $"{guestName} would like to stay at {stay.PropertyTitle}.",
                Facts(stay) + $"\nYour payout: {Amount(payout)}",
                $"Please accept or decline by {Instant(respondBy)}. The dates are held for the guest until then; without an answer the request expires and the dates become free again."));
    }

    /// <summary>To the guest: the stay is confirmed (the host accepted, or the listing is instant-book).</summary>
    public static EmailContent BookingConfirmed(string guestFirstName, string hostName, StayFacts stay, string address, Money total)
    {
        ArgumentNullException.ThrowIfNull(stay);
        return new(
            $"Confirmed: {stay.PropertyTitle}, {Dates(stay)}",
            Body(guestFirstName,
                $"Your stay at {stay.PropertyTitle} is confirmed. Your host is {hostName}.",
                Facts(stay) + $"\nAddress: {address}\nTotal: {Amount(total)}",
                "You can message your host from the booking page. Cancellation terms are those of the listing's policy, shown on the booking."));
    }

    /// <summary>To the guest: the host declined; nothing is charged.</summary>
    public static EmailContent BookingDeclined(string guestFirstName, StayFacts stay)
    {
        ArgumentNullException.ThrowIfNull(stay);
        return new(
            $"Your request for {stay.PropertyTitle} was declined",
            Body(guestFirstName,
                $"The host of {stay.PropertyTitle} could not accept your request.",
                Facts(stay),
                "You have not been charged. The dates are free again: other homes may be available for the same stay."));
    }

    /// <summary>To the guest: the host did not answer within the response window; nothing is charged.</summary>
    public static EmailContent BookingExpired(string guestFirstName, StayFacts stay, DateTimeOffset expiredAt)
    {
        ArgumentNullException.ThrowIfNull(stay);
        return new(
            $"Your request for {stay.PropertyTitle} expired",
            Body(guestFirstName,
                $"The host of {stay.PropertyTitle} did not answer your request in time; it expired on {Instant(expiredAt)}.",
                Facts(stay),
                "You have not been charged. You can send a new request or book another home for the same dates."));
    }

    /// <summary>To guest or host: a booking was cancelled, by whom, and the refund (if any) that follows.</summary>
    /// <summary>The guest learns their refund; the host (<paramref name="toHost"/>) learns what the guest gets back.</summary>
    public static EmailContent BookingCancelled(string recipientFirstName, string cancelledBy, StayFacts stay, Money? refund, bool toHost = false)
    {
        ArgumentNullException.ThrowIfNull(stay);
        var money = (refund is null || refund.IsZero, toHost) switch
        {
            (true, false) => "No refund is due under the listing's cancellation policy.",
            (true, true) => "The guest gets no refund under the listing's cancellation policy.",
            (false, false) => $"Refund: {Amount(refund!)}, to the original payment method. Banks usually show it within 5-10 business days.",
            (false, true) => $"The guest is refunded {Amount(refund!)} under the listing's cancellation policy.",
        };
        return new(
            $"Cancelled: {stay.PropertyTitle}, {Dates(stay)}",
            Body(recipientFirstName,
                $"The booking below was cancelled by {cancelledBy}. The dates are free again.",
                Facts(stay),
                money));
    }

    /// <summary>To the guest: a receipt.</summary>
    public static EmailContent PaymentSucceeded(string guestFirstName, StayFacts stay, Money amount, string method, string reference, DateTimeOffset paidAt)
    {
        ArgumentNullException.ThrowIfNull(stay);
        return new(
            $"Receipt: {Amount(amount)} for {stay.PropertyTitle}",
            Body(guestFirstName,
                $"We received your payment of {Amount(amount)}.",
                Facts(stay) + $"\nPaid: {Instant(paidAt)}\nMethod: {method}\nPayment reference: {reference}",
                "Keep this e-mail as your receipt. Quote the payment reference if you contact us about this payment."));
    }

    /// <summary>To the guest: money returned (all or part of a payment).</summary>
    public static EmailContent PaymentRefunded(string guestFirstName, StayFacts stay, Money refunded, Money originalAmount, string reference)
    {
        ArgumentNullException.ThrowIfNull(stay);
        ArgumentNullException.ThrowIfNull(refunded);
        ArgumentNullException.ThrowIfNull(originalAmount);
        var part = refunded.Amount >= originalAmount.Amount ? "in full" : $"in part (of {Amount(originalAmount)} paid)";
        return new(
            $"Refund of {Amount(refunded)} for {stay.PropertyTitle}",
            Body(guestFirstName,
                $"We refunded {Amount(refunded)} {part} to your original payment method.",
                Facts(stay) + $"\nPayment reference: {reference}",
                "Banks usually show a refund within 5-10 business days."));
    }

    private static string Facts(StayFacts stay) => string.Create(CultureInfo.InvariantCulture, $"""
        Home: {stay.PropertyTitle}
        Check-in: {Day(stay.CheckIn)}
        Check-out: {Day(stay.CheckOut)} ({stay.Nights} {(stay.Nights == 1 ? "night" : "nights")})
        Guests: {stay.Guests}
        Booking reference: {stay.BookingId}
        """);

    private static string Dates(StayFacts stay) => $"{Day(stay.CheckIn)} - {Day(stay.CheckOut)}";

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("ddd d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Amount(Money money) => money.ToString();

    private static string Body(string firstName, params string[] paragraphs)
    {
        var body = new StringBuilder();
        body.Append("Hello ").Append(firstName).Append(",\n\n");
        foreach (var paragraph in paragraphs)
        {
            body.Append(paragraph).Append("\n\n");
        }

        return body.Append("-- \n").Append(Signature).Append('\n').ToString();
    }
}
