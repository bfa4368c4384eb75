using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Properties;

/// <summary>The write side's listings. Questions about bookings go to <see cref="Bookings.IBookingRepository"/>.</summary>
public interface IPropertyRepository
{
    /// <summary>The listing as this command already loaded it (no round trip then), else from the database; without blocks.</summary>
    Task<Property?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads the listing with its blocks, its row locked FOR UPDATE: calendar changes of one listing run one at a time.</summary>
    Task<Property?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads the listing with its blocks, untracked and without a lock (quotes).</summary>
    Task<Property?> GetByIdWithBlocksAsync(Guid id, CancellationToken cancellationToken);

    void Add(Property property);
}
