using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Bookings;

public interface IBookingRepository
{
    /// <summary>Loads the booking with its row locked FOR UPDATE: transitions of one booking run one at a time.</summary>
    Task<Booking?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken);

    void Add(Booking booking);

    /// <summary>Another pending or confirmed booking of the listing shares a night with <paramref name="stay"/> (half-open).</summary>
    Task<bool> OverlapsAsync(Guid propertyId, DateRange stay, Guid? except, CancellationToken cancellationToken);
}
