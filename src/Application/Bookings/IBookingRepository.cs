using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Bookings;

/// <summary>The write side's bookings: loads and questions about bookings, on the command's connection and transaction.</summary>
public interface IBookingRepository
{
    /// <summary>The booking as this command already loaded it (no round trip then), else from the database; not locked.</summary>
    Task<Booking?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Loads the booking with its row locked FOR UPDATE: transitions of one booking run one at a time.</summary>
    Task<Booking?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken);

    void Add(Booking booking);

    /// <summary>Another pending or confirmed booking of the listing shares a night with <paramref name="stay"/> (half-open).</summary>
    Task<bool> OverlapsAsync(Guid propertyId, DateRange stay, Guid? except, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the guest's request lock for the rest of the transaction (so parallel requests of one guest are counted one
    /// at a time, whatever listings they are for), then counts the guest's other pending requests not yet expired at
    /// <paramref name="now"/>, <paramref name="except"/> left out.
    /// </summary>
    Task<int> LockAndCountOtherPendingRequestsAsync(Guid guestId, Guid except, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A confirmed booking of the listing whose stay has not ended by <paramref name="today"/>.</summary>
    Task<bool> HasFutureConfirmedAsync(Guid propertyId, DateOnly today, CancellationToken cancellationToken);

    /// <summary>The user has a confirmed stay not yet over, or hosts a pending or confirmed one not yet over.</summary>
    Task<bool> HasActiveStaysOfUserAsync(Guid userId, DateOnly today, CancellationToken cancellationToken);
}
