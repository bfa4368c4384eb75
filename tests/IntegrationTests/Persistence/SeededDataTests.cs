using System.Globalization;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Infrastructure.Seeding;
using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Persistence;

/// <summary>
/// Issue 10, defect 9: seeded bookings broke the domain's own rules (pending requests without <c>expires_at</c>, which
/// never expire; cancelled bookings without <c>cancelled_at</c> or refund). The seeder writes what the aggregate would,
/// in amounts its currency can hold (issue 11: no fractional yen).
/// </summary>
public sealed class SeededDataTests(SeededDataTests.OwnDatabase factory) : IClassFixture<SeededDataTests.OwnDatabase>
{
    /// <summary>Its own app and database: seeded listings must not show up in other tests' searches.</summary>
    public sealed class OwnDatabase : ApiFactory;

    [Fact]
    public async Task Seed_Should_WriteBookingsThatKeepTheDomainsRules()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ListingSeeder>().SeedAsync(150, 3_000, TextWriter.Null, CancellationToken.None);
        }

        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        (await Count(connection, "SELECT count(*) FROM bookings")).ShouldBeGreaterThan(1_000);
        (await Count(connection, "SELECT count(*) FROM bookings WHERE status = 'pending'")).ShouldBeGreaterThan(0);
        (await Count(connection, "SELECT count(*) FROM bookings WHERE status = 'cancelled'")).ShouldBeGreaterThan(0);

        (await Count(connection, "SELECT count(*) FROM bookings WHERE status = 'pending' AND (expires_at IS NULL OR expires_at <= now() OR expires_at > now() + interval '24 hours' OR check_in < current_date)"))
            .ShouldBe(0, "a pending request expires within 24 h and starts today or later");
        (await Count(connection, "SELECT count(*) FROM bookings WHERE status = 'cancelled' AND (cancelled_at IS NULL OR cancelled_by IS NULL OR refund_amount IS NULL OR cancelled_at < created_at)"))
            .ShouldBe(0, "a cancelled booking says when, by whom, and what was refunded");
        (await Count(connection, "SELECT count(*) FROM bookings WHERE status = 'expired' AND (expires_at IS NULL OR expires_at > now())"))
            .ShouldBe(0, "an expired request expired in the past");
        (await Count(connection, "SELECT count(*) FROM bookings WHERE refund_amount > total"))
            .ShouldBe(0, "no refund exceeds what was paid");
        (await Count(connection, "SELECT count(*) FROM bookings WHERE total <> subtotal + cleaning_fee + service_fee"))
            .ShouldBe(0, "a total is its line items");
        // The product's service fee (PricingService.DefaultServiceFeeRate), not a seeder's own: checked where no minor-unit rounding applies.
        (await Count(connection, $"""
            SELECT count(*) FROM bookings
            WHERE NOT (currency = ANY(@zero)) AND currency NOT IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND')
              AND service_fee <> round((subtotal + cleaning_fee) * {PricingService.DefaultServiceFeeRate.ToString(CultureInfo.InvariantCulture)}, 2)
            """)).ShouldBe(0, "a seeded service fee is what a quote charges");
        (await Count(connection, "SELECT count(*) FROM bookings WHERE currency = ANY(@zero)")).ShouldBeGreaterThan(0, "the seeded cities include yen and won");
        (await Count(connection, """
            SELECT count(*) FROM bookings
            WHERE currency = ANY(@zero) AND (service_fee <> round(service_fee) OR total <> round(total) OR refund_amount <> round(refund_amount))
            """)).ShouldBe(0, "yen and won have no minor unit: every seeded amount in them is whole");
        (await Count(connection, "SELECT count(*) FROM properties WHERE currency = ANY(@zero) AND (price_per_night <> round(price_per_night) OR cleaning_fee <> round(cleaning_fee))"))
            .ShouldBe(0, "seeded prices are valid for their currency");
        (await Count(connection, "SELECT count(*) FROM (SELECT guest_id FROM bookings WHERE status = 'pending' AND expires_at > now() GROUP BY guest_id HAVING count(*) > 5) AS over"))
            .ShouldBe(0, "no guest holds more than Bookings:MaxPendingPerGuest (5) live requests");
    }

    private static async Task<long> Count(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("zero", IsoCodes.ZeroDecimalCurrencies.ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
