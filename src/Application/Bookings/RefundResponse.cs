namespace AirbnbClone.Application.Bookings;

/// <summary>What a cancellation refunds, on the booking's total.</summary>
public sealed record RefundResponse(decimal Amount, string Currency);
