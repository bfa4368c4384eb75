using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class BookingRepository(ApplicationDbContext context) : IBookingRepository
{
    public Task<Booking?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Booking>()
            .FromSql($"SELECT * FROM bookings WHERE id = {id} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    public void Add(Booking booking) => context.Add(booking);

    public Task<bool> OverlapsAsync(Guid propertyId, DateRange stay, Guid? except, CancellationToken cancellationToken) =>
        context.Database.SqlQuery<bool>($"""
            SELECT EXISTS (
                SELECT 1 FROM bookings
                WHERE property_id = {propertyId} AND status IN ('pending', 'confirmed')
                  AND ({except}::uuid IS NULL OR id <> {except}::uuid)
                  AND daterange(check_in, check_out, '[)') && daterange({stay.Start}, {stay.End}, '[)')) AS "Value"
            """).SingleAsync(cancellationToken);
}
