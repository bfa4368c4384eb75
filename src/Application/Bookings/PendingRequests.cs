using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;

namespace AirbnbClone.Application.Bookings;

/// <summary>How a booking command applies <see cref="PendingRequestLimit"/>: counted under the guest's lock, so parallel requests cannot all slip under it.</summary>
internal static class PendingRequests
{
    /// <summary>Success unless <paramref name="booking"/> is a pending request beyond its guest's limit.</summary>
    public static async Task<Result> AdmitAsync(
        this IBookingRepository bookings, PendingRequestLimit limit, Booking booking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (booking.Status != BookingStatus.Pending)
        {
            return Result.Success();
        }

        var others = await bookings.LockAndCountOtherPendingRequestsAsync(booking.GuestId, booking.Id, now, cancellationToken);
        return limit.Admit(booking, others);
    }
}
