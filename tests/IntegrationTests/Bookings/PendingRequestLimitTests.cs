using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>
/// Issue 10, defect 8 (one guest held 19 pending requests at once): at most <c>Bookings:MaxPendingPerGuest</c>
/// (default 5) pending requests per guest, however many arrive in parallel; instant-book confirmations do not count.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class PendingRequestLimitTests(ApiFactory factory)
{
    private const int Limit = 5;

    [Fact]
    public async Task Create_Should_LeaveExactlyFivePending_When_OneGuestSendsTenRequestsInParallel()
    {
        var listings = await RequestToBookListingsAsync(10);
        var (guest, client) = await factory.GuestAsync();

        using var start = new SemaphoreSlim(0);
        var attempts = listings.Select(async propertyId =>
        {
            await start.WaitAsync();
            using var response = await client.BookAsync(propertyId, 20, 22);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return (response.StatusCode, Code: response.StatusCode == HttpStatusCode.Created ? body.Status() : body.GetProperty("code").GetString());
        }).ToList();
        start.Release(listings.Count);
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.StatusCode == HttpStatusCode.Created && r.Code == "pending").ShouldBe(Limit, Describe(results));
        results.Count(r => r.StatusCode == HttpStatusCode.Conflict && r.Code == "Booking.TooManyPending").ShouldBe(10 - Limit, Describe(results));
        (await PendingOfAsync(guest.Id)).ShouldBe(Limit);
        client.Dispose();
    }

    [Fact]
    public async Task Create_Should_StillConfirmAnInstantBooking_When_TheGuestHoldsTheMostPendingRequests()
    {
        var listings = await RequestToBookListingsAsync(Limit + 1);
        var (_, _, instant) = await factory.ListingAsync(instantBook: true);
        var (_, client) = await factory.GuestAsync();
        foreach (var propertyId in listings.Take(Limit))
        {
            (await client.BookOkAsync(propertyId, 20, 22)).Status().ShouldBe("pending");
        }

        using var oneTooMany = await client.BookAsync(listings[^1], 20, 22);
        var confirmed = await client.BookOkAsync(instant, 20, 22);

        var problem = await oneTooMany.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.TooManyPending");
        problem.Detail.ShouldNotBeNullOrWhiteSpace();
        confirmed.Status().ShouldBe("confirmed");
        client.Dispose();
    }

    private async Task<List<Guid>> RequestToBookListingsAsync(int count)
    {
        var (_, host) = await factory.HostAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var body = Body();
            body["instantBook"] = false;
            ids.Add((await host.CreateListingAsync(body)).Id());
        }

        host.Dispose();
        return ids;
    }

    private async Task<long> PendingOfAsync(Guid guestId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM bookings WHERE guest_id = @guest AND status = 'pending'", connection);
        command.Parameters.AddWithValue("guest", guestId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Describe(IEnumerable<(HttpStatusCode StatusCode, string? Code)> results) =>
        string.Join(", ", results.Select(r => $"{(int)r.StatusCode} {r.Code}"));
}
