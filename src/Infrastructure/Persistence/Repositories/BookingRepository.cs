using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.Specifications;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class BookingRepository(ApplicationDbContext context) : IBookingRepository
{
    private const string LockSql = "SELECT 1 FROM bookings WHERE id = @Id FOR UPDATE";

    private const string OverlapSql = $"""
        SELECT EXISTS (
            SELECT 1 FROM bookings b
            WHERE b.property_id = @PropertyId AND (@Except::uuid IS NULL OR b.id <> @Except::uuid)
              AND {BookingOverlapSql.SharesANight})
        """;

    // Transaction-scoped, keyed by the guest; released by COMMIT or ROLLBACK.
    private const string GuestRequestLockSql = "SELECT pg_advisory_xact_lock(hashtextextended('pending-requests:' || @GuestId::text, 0))";

    private const string OtherPendingRequestsSql = """
        SELECT count(*)::int FROM bookings b
        WHERE b.guest_id = @GuestId AND b.status = 'pending' AND b.expires_at > @Now AND b.id <> @Except
        """;

    private const string FutureConfirmedSql = """
        SELECT EXISTS (
            SELECT 1 FROM bookings b
            WHERE b.property_id = @PropertyId AND b.status = 'confirmed' AND b.check_out > @Today::date)
        """;

    private const string ActiveStaysOfUserSql = $"""
        SELECT EXISTS (
            SELECT 1 FROM bookings b
            WHERE b.guest_id = @UserId AND b.status = 'confirmed' AND b.check_out > @Today::date)
        OR EXISTS (
            SELECT 1 FROM bookings b JOIN properties p ON p.id = b.property_id
            WHERE p.host_id = @UserId AND {BookingOverlapSql.Active} AND b.check_out > @Today::date)
        """;

    public async Task<Booking?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<Booking>().FindAsync([id], cancellationToken);

    public async Task<Booking?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        // No row, no lock: the load below then finds nothing.
        await context.ExecuteAsync(LockSql, new { Id = id }, cancellationToken);
        return await context.Set<Booking>().WithSpecification(new BookingByIdSpec(id)).SingleOrDefaultAsync(cancellationToken);
    }

    public void Add(Booking booking) => context.Add(booking);

    public Task<bool> OverlapsAsync(Guid propertyId, DateRange stay, Guid? except, CancellationToken cancellationToken) =>
        context.ScalarAsync<bool>(
            OverlapSql,
            new { PropertyId = propertyId, Except = except, StayStart = Day(stay.Start), StayEnd = Day(stay.End) },
            cancellationToken);

    public async Task<int> LockAndCountOtherPendingRequestsAsync(Guid guestId, Guid except, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await context.ExecuteAsync(GuestRequestLockSql, new { GuestId = guestId }, cancellationToken);
        return await context.ScalarAsync<int>(OtherPendingRequestsSql, new { GuestId = guestId, Except = except, Now = now }, cancellationToken);
    }

    public Task<bool> HasFutureConfirmedAsync(Guid propertyId, DateOnly today, CancellationToken cancellationToken) =>
        context.ScalarAsync<bool>(FutureConfirmedSql, new { PropertyId = propertyId, Today = Day(today) }, cancellationToken);

    public Task<bool> HasActiveStaysOfUserAsync(Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        context.ScalarAsync<bool>(ActiveStaysOfUserSql, new { UserId = userId, Today = Day(today) }, cancellationToken);

    // Dapper sends DateTime; the SQL casts to date.
    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
