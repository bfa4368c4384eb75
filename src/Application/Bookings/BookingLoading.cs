using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Bookings;

/// <summary>How a booking command loads its booking: row locked, with its listing, and only if the caller may see it.</summary>
internal static class BookingLoading
{
    /// <summary>
    /// The booking (locked FOR UPDATE, so transitions of one booking run one at a time) and its listing (locked too when
    /// <paramref name="lockListing"/>: a change of dates takes the listing's calendar lock like a new booking does).
    /// Null when either is missing or the caller is not the guest, the host or an admin.
    /// </summary>
    public static async Task<(Booking Booking, Property Property)?> LoadVisibleAsync(
        this IBookingRepository bookings,
        IPropertyRepository properties,
        ICurrentUser caller,
        Guid bookingId,
        bool lockListing,
        CancellationToken cancellationToken)
    {
        var booking = await bookings.GetByIdForUpdateAsync(bookingId, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var property = lockListing
            ? await properties.GetByIdForUpdateAsync(booking.PropertyId, cancellationToken)
            : await properties.GetByIdAsync(booking.PropertyId, cancellationToken);
        return property is not null && caller.CanSee(booking.GuestId, property.HostId) ? (booking, property) : null;
    }
}
