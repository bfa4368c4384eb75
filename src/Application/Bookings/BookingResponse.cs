using AirbnbClone.Domain.Bookings;

namespace AirbnbClone.Application.Bookings;

/// <summary>A booking as its guest, its listing's host and admins see it (mapped by <see cref="BookingMappingProfile"/>).</summary>
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
    RefundResponse? Refund)
{
    /// <summary>Only a pending request has a deadline worth showing.</summary>
    internal static DateTimeOffset? ShownExpiry(string status, DateTimeOffset? expiresAt) =>
        status == BookingStatusNames.Pending ? expiresAt : null;

    internal static RefundResponse? ShownRefund(decimal? refundAmount, string currency) =>
        refundAmount is { } amount ? new RefundResponse(amount, currency.Trim()) : null;
}
