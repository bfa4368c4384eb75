using System.Text.Json.Serialization;

namespace AirbnbClone.Application.Bookings.Jobs;

/// <summary>Which booking e-mail a <see cref="SendBookingEmailJob"/> sends (stored by name in the job's payload).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BookingEmailKind>))]
public enum BookingEmailKind
{
    Requested,
    Confirmed,
    Declined,
    Expired,
    Cancelled,
}
