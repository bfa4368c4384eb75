using System.Text.Json.Serialization;
using AirbnbClone.Application.Abstractions.Concurrency;
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
    RefundResponse? Refund) : IHasEntityTag
{
    /// <summary>The booking row's version (not part of the body: it travels as the ETag).</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>Everything shown comes from the booking's own row.</summary>
    [JsonIgnore]
    public string? EntityTag => TagOf(Version);

    public static string? TagOf(uint version) => EntityTags.Of(version);

    /// <summary>Only a pending request has a deadline worth showing.</summary>
    internal static DateTimeOffset? ShownExpiry(string status, DateTimeOffset? expiresAt) =>
        status == BookingStatusNames.Pending ? expiresAt : null;

    internal static RefundResponse? ShownRefund(decimal? refundAmount, string currency) =>
        refundAmount is { } amount ? new RefundResponse(amount, currency.Trim()) : null;
}
