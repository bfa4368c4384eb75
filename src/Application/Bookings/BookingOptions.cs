using System.ComponentModel.DataAnnotations;
using AirbnbClone.Domain.Bookings;

namespace AirbnbClone.Application.Bookings;

/// <summary>The <c>Bookings</c> configuration section.</summary>
public sealed class BookingOptions
{
    public const string SectionName = "Bookings";

    /// <summary>The guest service fee as a share of subtotal plus cleaning fee (0.14 = 14%).</summary>
    [Range(0.0, 1.0)]
    public decimal ServiceFeeRate { get; set; } = PricingService.DefaultServiceFeeRate;

    /// <summary>The most pending requests to book one guest may hold at once (<see cref="PendingRequestLimit"/>).</summary>
    [Range(1, 100)]
    public int MaxPendingPerGuest { get; set; } = PendingRequestLimit.DefaultMaxPerGuest;
}
