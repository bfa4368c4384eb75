using AirbnbClone.Domain.Bookings;

namespace AirbnbClone.Application.Bookings;

/// <summary>The price line items of a stay, computed by the server.</summary>
public sealed record PriceResponse(int Nights, decimal NightlyRate, decimal Subtotal, decimal CleaningFee, decimal ServiceFee, decimal Total, string Currency)
{
    public static PriceResponse From(PriceQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new(quote.Nights, quote.NightlyRate, quote.Subtotal, quote.CleaningFee, quote.ServiceFee, quote.Total, quote.Currency);
    }
}

/// <summary>What a cancellation refunds, on the booking's total.</summary>
public sealed record RefundResponse(decimal Amount, string Currency);

/// <summary>A booking as its guest, its listing's host and admins see it.</summary>
public sealed record BookingResponse(
    Guid Id,
    Guid PropertyId,
    Guid GuestId,
    DateOnly CheckIn,
    DateOnly CheckOut,
    int Guests,
    string Status,
    PriceResponse Price,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? CancelledAt,
    RefundResponse? Refund);

/// <summary>A price breakdown for a stay that is not booked.</summary>
public sealed record QuoteResponse(Guid PropertyId, DateOnly CheckIn, DateOnly CheckOut, int Guests, PriceResponse Price);

/// <summary>The body of POST /bookings and PATCH /bookings/{id}. Nothing else is read: no price, status or guest.</summary>
public sealed record BookingBody(Guid? PropertyId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests);

internal static class BookingMapping
{
    public static BookingResponse ToResponse(this Booking booking) => new(
        booking.Id,
        booking.PropertyId,
        booking.GuestId,
        booking.CheckIn,
        booking.CheckOut,
        booking.Guests,
        booking.Status.ToName(),
        PriceResponse.From(booking.Price),
        booking.CreatedAt,
        booking.UpdatedAt,
        booking.Status == BookingStatus.Pending ? booking.ExpiresAt : null,
        booking.CancelledAt,
        booking.RefundAmount is { } refund ? new RefundResponse(refund, booking.Currency) : null);
}
