using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class PropertyRepository(ApplicationDbContext context) : IPropertyRepository
{
    public Task<Property?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Property>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<Property?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        // Row lock first: calendar changes of one listing (blocks and bookings) run one at a time. A plain statement,
        // not a FromSql query: raw-SQL queries go through EF's command cache under a lock that every booking request
        // contended on (docs/PERFORMANCE.md, "Bookings"). No row, no lock: the load below then finds nothing.
        await context.Database.ExecuteSqlAsync($"SELECT 1 FROM properties WHERE id = {id} FOR UPDATE", cancellationToken);
        return await context.Set<Property>().Include(p => p.Blocks).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public Task<Property?> GetByIdWithBlocksAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Property>().AsNoTracking().Include(p => p.Blocks).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public void Add(Property property) => context.Add(property);

    public Task<bool> HasFutureConfirmedBookingsAsync(Guid propertyId, DateOnly today, CancellationToken cancellationToken) =>
        context.Database.SqlQuery<bool>($"""
            SELECT EXISTS (
                SELECT 1 FROM bookings
                WHERE property_id = {propertyId} AND status = 'confirmed' AND check_out > {today}) AS "Value"
            """).SingleAsync(cancellationToken);

    public Task<bool> HasActiveBookingOverlappingAsync(Guid propertyId, DateRange range, CancellationToken cancellationToken) =>
        context.Database.SqlQuery<bool>($"""
            SELECT EXISTS (
                SELECT 1 FROM bookings
                WHERE property_id = {propertyId} AND status IN ('pending', 'confirmed')
                  AND daterange(check_in, check_out, '[)') && daterange({range.Start}, {range.End}, '[)')) AS "Value"
            """).SingleAsync(cancellationToken);
}
