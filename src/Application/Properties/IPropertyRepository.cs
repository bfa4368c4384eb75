using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Properties;

public interface IPropertyRepository
{
    Task<Property?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads the listing with its blocks, its row locked FOR UPDATE: calendar changes of one listing run one at a time.</summary>
    Task<Property?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads the listing with its blocks, without a lock (quotes).</summary>
    Task<Property?> GetByIdWithBlocksAsync(Guid id, CancellationToken cancellationToken);

    void Add(Property property);

    /// <summary>Confirmed bookings whose stay has not ended yet (check-out after <paramref name="today"/>).</summary>
    Task<bool> HasFutureConfirmedBookingsAsync(Guid propertyId, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Pending or confirmed bookings sharing a night with <paramref name="range"/> (half-open).</summary>
    Task<bool> HasActiveBookingOverlappingAsync(Guid propertyId, DateRange range, CancellationToken cancellationToken);
}
