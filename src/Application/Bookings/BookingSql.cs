namespace AirbnbClone.Application.Bookings;

/// <summary>The read side's booking row, shared by GetBooking and ListBookings.</summary>
internal static class BookingSql
{
    public const string Columns = """
        b.id AS Id, b.property_id AS PropertyId, b.guest_id AS GuestId, p.host_id AS HostId,
        b.check_in AS CheckIn, b.check_out AS CheckOut, b.guests AS Guests, b.status AS Status,
        b.nights AS Nights, b.nightly_rate AS NightlyRate, b.subtotal AS Subtotal, b.cleaning_fee AS CleaningFee,
        b.service_fee AS ServiceFee, b.total AS Total, b.currency AS Currency, b.created_at AS CreatedAt,
        b.updated_at AS UpdatedAt, b.expires_at AS ExpiresAt, b.cancelled_at AS CancelledAt, b.refund_amount AS RefundAmount,
        b.xmin AS Version
        """;

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid PropertyId { get; init; }
        public Guid GuestId { get; init; }
        public Guid HostId { get; init; }
        public DateOnly CheckIn { get; init; }
        public DateOnly CheckOut { get; init; }
        public int Guests { get; init; }
        public string Status { get; init; } = string.Empty;
        public int Nights { get; init; }
        public decimal NightlyRate { get; init; }
        public decimal Subtotal { get; init; }
        public decimal CleaningFee { get; init; }
        public decimal ServiceFee { get; init; }
        public decimal Total { get; init; }
        public string Currency { get; init; } = string.Empty;
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public DateTimeOffset? ExpiresAt { get; init; }
        public DateTimeOffset? CancelledAt { get; init; }
        public decimal? RefundAmount { get; init; }

        /// <summary>The row's <c>xmin</c> (PostgreSQL xid: an unsigned 32-bit transaction id).</summary>
        public uint Version { get; init; }
    }
}
