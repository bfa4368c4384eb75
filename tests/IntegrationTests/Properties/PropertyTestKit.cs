using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>Listings for tests: valid bodies, hosts with clients, and bookings written straight into the table.</summary>
public static class PropertyTestKit
{
    public const string Api = "/api/v1/properties";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A city name no other test uses, so a search filtered by it sees only this test's listings.</summary>
    public static string UniqueCity() => string.Create(CultureInfo.InvariantCulture, $"Testville {Guid.NewGuid():N}")[..24];

    /// <summary>A valid write body; change fields with the indexer before sending.</summary>
    public static JsonObject Body(string? city = null, decimal price = 120m, int maxGuests = 4, double latitude = 38.7223, double longitude = -9.1393) => new()
    {
        ["title"] = "Sunny loft by the river",
        ["description"] = "Two bedrooms, a balcony and the tram at the door.",
        ["address"] = new JsonObject
        {
            ["street"] = "Rua das Flores 12",
            ["city"] = city ?? "Lisbon",
            ["state"] = "Lisboa",
            ["country"] = "PT",
            ["postalCode"] = "1200-195",
        },
        ["latitude"] = latitude,
        ["longitude"] = longitude,
        ["pricePerNight"] = price,
        ["currency"] = "EUR",
        ["cleaningFee"] = 25m,
        ["maxGuests"] = maxGuests,
        ["bedrooms"] = 2,
        ["beds"] = 3,
        ["bathrooms"] = 1,
        ["amenities"] = new JsonArray("wifi", "kitchen"),
        ["photos"] = new JsonArray("https://images.example.com/loft/1.jpg", "https://images.example.com/loft/2.jpg"),
        ["minNights"] = 1,
        ["maxNights"] = 30,
        ["instantBook"] = true,
        ["cancellationPolicy"] = "moderate",
    };

    public static async Task<(TestUser User, HttpClient Client)> HostAsync(this ApiFactory factory)
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync("host");
        return (user, factory.CreateClient(tokens.AccessToken));
    }

    public static async Task<(TestUser User, HttpClient Client)> GuestAsync(this ApiFactory factory)
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync("guest");
        return (user, factory.CreateClient(tokens.AccessToken));
    }

    public static async Task<HttpClient> AdminAsync(this ApiFactory factory)
    {
        var tokens = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        return factory.CreateClient(tokens.AccessToken);
    }

    /// <summary>Creates a listing and answers its JSON (throws unless 201).</summary>
    public static async Task<JsonElement> CreateListingAsync(this HttpClient host, JsonObject? body = null)
    {
        using var response = await host.PostAsJsonAsync(Api, body ?? Body());
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Guid Id(this JsonElement listing) => listing.GetProperty("id").GetGuid();

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Ids of one search page and its next cursor.</summary>
    public static async Task<(List<Guid> Ids, string? Next, JsonElement Page)> SearchAsync(this HttpClient client, string queryString)
    {
        var page = await client.GetJsonAsync($"{Api}?{queryString}");
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var next = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetString();
        return (ids, next, page);
    }

    /// <summary>Writes a booking row directly (the Booking aggregate comes with the bookings issue).</summary>
    public static async Task InsertBookingAsync(this ApiFactory factory, Guid propertyId, Guid guestId, DateOnly checkIn, DateOnly checkOut, string status = "confirmed")
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO bookings (id, property_id, guest_id, check_in, check_out, guests, status, nights, nightly_rate,
                                  subtotal, cleaning_fee, service_fee, total, currency, created_at, updated_at)
            VALUES (@id, @property, @guest, @in, @out, 2, @status, @nights, 100, 100 * @nights, 25, 10, 100 * @nights + 35, 'EUR', now(), now())
            """, connection);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("property", propertyId);
        command.Parameters.AddWithValue("guest", guestId);
        command.Parameters.AddWithValue("in", checkIn);
        command.Parameters.AddWithValue("out", checkOut);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("nights", checkOut.DayNumber - checkIn.DayNumber);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Changes a listing behind the API's back (no cache invalidation): proves an answer came from the cache.</summary>
    public static async Task SetTitleDirectlyAsync(this ApiFactory factory, Guid propertyId, string title)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE properties SET title = @title WHERE id = @id", connection);
        command.Parameters.AddWithValue("title", title);
        command.Parameters.AddWithValue("id", propertyId);
        await command.ExecuteNonQueryAsync();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
