using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;
using static AirbnbClone.IntegrationTests.Bookings.BookingTestKit;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>
/// Issue 11: money respects its currency's ISO 4217 minor unit over HTTP (a fractional yen price is refused, quotes and
/// refunds come in whole yen or in fils), and the strict policy refunds in full only within the 48 h grace.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class MoneyMinorUnitTests(ApiFactory factory)
{
    [Theory]
    [InlineData("pricePerNight")]
    [InlineData("cleaningFee")]
    public async Task CreateListing_Should_Answer400NamingTheField_When_AYenPriceHasDecimals(string field)
    {
        var (_, host) = await factory.HostAsync();
        var body = Priced("JPY", 12000m, 3000m);
        body[field] = 12000.5m;

        using var response = await host.PostAsJsonAsync(Api, body);

        var problem = await response.ShouldBeValidationProblemAsync(field);
        problem.Errors![field].ShouldBe(["Must be a whole number: JPY has no minor unit (ISO 4217)."]);
    }

    [Fact]
    public async Task CreateListing_Should_KeepThreeDecimals_When_TheCurrencyIsKuwaitiDinar()
    {
        var (_, host) = await factory.HostAsync();

        var created = await host.CreateListingAsync(Priced("KWD", 30.333m, 2.25m));
        var shown = await host.GetJsonAsync($"{Api}/{created.Id()}");

        shown.GetProperty("pricePerNight").GetRawText().ShouldBe("30.333");
        shown.GetProperty("cleaningFee").GetDecimal().ShouldBe(2.25m);
    }

    [Fact]
    public async Task Quote_Should_ChargeWholeYen_When_TheListingIsInYen()
    {
        var propertyId = await ListingAsync("JPY", 12345m, 3000m);
        var (_, guest) = await factory.GuestAsync();

        var price = (await QuoteAsync(guest, propertyId, 10, 11)).GetProperty("price");

        // (12345 + 3000) x 0.14 = 2148.30, which no provider can charge in yen.
        price.GetProperty("serviceFee").GetRawText().ShouldBe("2148");
        price.GetProperty("total").GetRawText().ShouldBe("17493");
        price.GetProperty("currency").GetString().ShouldBe("JPY");
    }

    [Fact]
    public async Task Quote_Should_ChargeInFils_When_TheListingIsInKuwaitiDinar()
    {
        var propertyId = await ListingAsync("KWD", 30.333m, 2.25m);
        var (_, guest) = await factory.GuestAsync();

        var price = (await QuoteAsync(guest, propertyId, 10, 11)).GetProperty("price");

        // (30.333 + 2.25) x 0.14 = 4.56162
        price.GetProperty("serviceFee").GetRawText().ShouldBe("4.562");
        price.Money("total").ShouldBe(37.145m);
    }

    [Fact]
    public async Task Cancel_Should_RefundStrictInFull_OnlyWithinTheGrace()
    {
        var propertyId = await ListingAsync("JPY", 12345m, 3000m, "strict");
        var (_, guest) = await factory.GuestAsync();
        var withinGrace = (await guest.BookOkAsync(propertyId, 30, 33)).GetProperty("id").GetGuid();
        var afterGrace = (await guest.BookOkAsync(propertyId, 40, 43)).GetProperty("id").GetGuid();
        await BookedDaysAgoAsync(afterGrace, 3);

        var full = await CancelAsync(guest, withinGrace);
        var partial = await CancelAsync(guest, afterGrace);

        // 3 nights: subtotal 37035, cleaning 3000, service fee 5605, total 45640. Booked just now and 30 days ahead: the
        // grace applies. Booked 3 days ago, 40 days ahead: half the subtotal (18517.5 -> 18518) plus the cleaning fee.
        full.GetRawText().ShouldBe("45640");
        partial.GetRawText().ShouldBe("21518");
    }

    private static JsonObject Priced(string currency, decimal price, decimal cleaningFee)
    {
        var body = Body(price: price);
        body["currency"] = currency;
        body["cleaningFee"] = cleaningFee;
        return body;
    }

    private async Task<Guid> ListingAsync(string currency, decimal price, decimal cleaningFee, string policy = "moderate")
    {
        var (_, host) = await factory.HostAsync();
        var body = Priced(currency, price, cleaningFee);
        body["cancellationPolicy"] = policy;
        return (await host.CreateListingAsync(body)).Id();
    }

    private static Task<JsonElement> QuoteAsync(HttpClient guest, Guid propertyId, int from, int to) =>
        guest.GetJsonAsync($"{BookingsApi}/quote?propertyId={propertyId}&checkIn={Date(Today.AddDays(from))}&checkOut={Date(Today.AddDays(to))}&guests=2");

    private async Task BookedDaysAgoAsync(Guid bookingId, int days)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE bookings SET created_at = created_at - make_interval(days => @days) WHERE id = @id", connection);
        command.Parameters.AddWithValue("days", days);
        command.Parameters.AddWithValue("id", bookingId);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    private static async Task<JsonElement> CancelAsync(HttpClient guest, Guid id)
    {
        using var response = await guest.PostAsync(new Uri($"{BookingsApi}/{id}/cancel", UriKind.Relative), null);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var booking = await response.Content.ReadFromJsonAsync<JsonElement>();
        return booking.GetProperty("refund").GetProperty("amount");
    }
}
