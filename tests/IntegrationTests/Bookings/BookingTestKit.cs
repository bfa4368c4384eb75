using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Bookings;

public static class BookingTestKit
{
    public const string BookingsApi = "/api/v1/bookings";

    /// <summary>A host with a listing (120/night, 25 cleaning, max 4 guests, 1-30 nights, moderate).</summary>
    public static async Task<(HttpClient Host, TestUser HostUser, Guid PropertyId)> ListingAsync(this ApiFactory factory, bool instantBook = true, string policy = "moderate")
    {
        var (user, host) = await factory.HostAsync();
        var body = Body();
        body["instantBook"] = instantBook;
        body["cancellationPolicy"] = policy;
        return (host, user, (await host.CreateListingAsync(body)).Id());
    }

    public static JsonObject Stay(Guid propertyId, int fromDays, int toDays, int guests = 2) => new()
    {
        ["propertyId"] = propertyId,
        ["checkIn"] = Date(Today.AddDays(fromDays)),
        ["checkOut"] = Date(Today.AddDays(toDays)),
        ["guests"] = guests,
    };

    public static Task<HttpResponseMessage> BookAsync(this HttpClient guest, Guid propertyId, int fromDays, int toDays, int guests = 2) =>
        guest.PostAsJsonAsync(BookingsApi, Stay(propertyId, fromDays, toDays, guests));

    /// <summary>Books and answers the booking JSON (throws unless 201).</summary>
    public static async Task<JsonElement> BookOkAsync(this HttpClient guest, Guid propertyId, int fromDays, int toDays, int guests = 2)
    {
        using var response = await guest.BookAsync(propertyId, fromDays, toDays, guests);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Status(this JsonElement booking) => booking.GetProperty("status").GetString()!;

    public static decimal Money(this JsonElement element, string name) => element.GetProperty(name).GetDecimal();
}
