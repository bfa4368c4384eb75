using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>No double booking whatever the timing: parallel bookings, and a block racing a booking.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class BookingRaceTests(ApiFactory factory)
{
    [Fact]
    public async Task Create_Should_GiveTheNightsToExactlyOneOf40ParallelGuests()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var guests = new List<HttpClient>();
        for (var i = 0; i < 40; i++)
        {
            guests.Add((await factory.GuestAsync()).Client);
        }

        using var start = new SemaphoreSlim(0);
        var attempts = guests.Select(async (guest, i) =>
        {
            await start.WaitAsync();
            // Every stay shares night 11 with every other.
            using var response = await guest.BookAsync(propertyId, 10 + (i % 2), 12 + (i % 3));
            var code = response.StatusCode == HttpStatusCode.Conflict
                ? (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString()
                : null;
            return (response.StatusCode, code);
        }).ToList();
        start.Release(40);
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        results.Count(r => r.StatusCode == HttpStatusCode.Conflict && r.code == "Booking.Overlap").ShouldBe(39);
        (await ActiveOverlapsAsync(propertyId)).ShouldBe(0);
        foreach (var guest in guests)
        {
            guest.Dispose();
        }
    }

    [Fact]
    public async Task BlockAndBooking_Should_NeverBothWin_When_TheyRaceForTheSameNights()
    {
        for (var round = 0; round < 10; round++)
        {
            var (host, _, propertyId) = await factory.ListingAsync();
            var (_, guest) = await factory.GuestAsync();

            var block = host.PostAsJsonAsync($"{Api}/{propertyId}/blocks", new { start = Date(Today.AddDays(10)), end = Date(Today.AddDays(12)) });
            var booking = guest.BookAsync(propertyId, 11, 13);
            using var blockResponse = await block;
            using var bookingResponse = await booking;

            var wins = new[] { blockResponse.StatusCode, bookingResponse.StatusCode }.Count(s => s == HttpStatusCode.Created);
            wins.ShouldBe(1, $"block {blockResponse.StatusCode}, booking {bookingResponse.StatusCode}");
            if (blockResponse.StatusCode == HttpStatusCode.Created)
            {
                await bookingResponse.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.DatesBlocked");
            }
            else
            {
                await blockResponse.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Property.BlockOverlapsBooking");
            }
        }
    }

    private async Task<long> ActiveOverlapsAsync(Guid propertyId)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM bookings a JOIN bookings b ON a.property_id = b.property_id AND a.id < b.id
            WHERE a.property_id = @p AND a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')
              AND daterange(a.check_in, a.check_out, '[)') && daterange(b.check_in, b.check_out, '[)')
            """, connection);
        command.Parameters.AddWithValue("p", propertyId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
