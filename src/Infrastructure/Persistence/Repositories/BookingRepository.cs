using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class BookingRepository(ApplicationDbContext context) : IBookingRepository
{
    public Task<Booking?> GetByIdForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        context.Set<Booking>()
            .FromSql($"SELECT * FROM bookings WHERE id = {id} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    public void Add(Booking booking) => context.Add(booking);

    // A plain command on the context's connection and transaction rather than Database.SqlQuery: raw-SQL queries go
    // through EF's command cache under a lock that every booking request contended on (docs/PERFORMANCE.md).
    private const string OverlapSql = """
        SELECT EXISTS (
            SELECT 1 FROM bookings
            WHERE property_id = @property AND status IN ('pending', 'confirmed')
              AND (@except::uuid IS NULL OR id <> @except::uuid)
              AND daterange(check_in, check_out, '[)') && daterange(@start, @end, '[)'))
        """;

    public async Task<bool> OverlapsAsync(Guid propertyId, DateRange stay, Guid? except, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(OverlapSql, (NpgsqlConnection)context.Database.GetDbConnection())
            {
                Transaction = (NpgsqlTransaction?)context.Database.CurrentTransaction?.GetDbTransaction(),
            };
            command.Parameters.Add(new NpgsqlParameter<Guid>("property", propertyId));
            command.Parameters.Add(new NpgsqlParameter("except", NpgsqlTypes.NpgsqlDbType.Uuid) { Value = (object?)except ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("start", stay.Start));
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("end", stay.End));
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
