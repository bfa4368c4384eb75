using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Bookings;
using AirbnbClone.IntegrationTests.Infrastructure;
using AirbnbClone.IntegrationTests.Operations;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>
/// Listing details and search pages come from Redis (a change made behind the API's back stays invisible), and every
/// listing command makes the next read, from any client, show its write.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ListingCacheTests(ApiFactory factory)
{
    private readonly HttpClient _anonymous = factory.CreateClient();

    [Fact]
    public async Task Details_Should_ComeFromTheCache_When_ReadTwiceWithoutAChange()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        await Title(id);

        await factory.SetTitleDirectlyAsync(id, "Changed behind the API's back");

        (await Title(id)).ShouldBe("Sunny loft by the river");
    }

    [Fact]
    public async Task Search_Should_ComeFromTheCache_When_RunTwiceWithoutAChange()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var id = (await host.CreateListingAsync(Body(city))).Id();
        await SearchTitles(city);

        await factory.SetTitleDirectlyAsync(id, "Changed behind the API's back");

        (await SearchTitles(city)).ShouldBe(["Sunny loft by the river"]);
    }

    public static TheoryData<string> Commands() => ["put", "patch", "unlist", "relist", "block", "unblock", "create"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Reads_Should_ShowTheWrite_When_ACommandSucceedsAfterTheyWereCached(string command)
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var id = (await host.CreateListingAsync(Body(city))).Id();
        var stay = $"city={Uri.EscapeDataString(city)}&checkIn={Date(Today.AddDays(20))}&checkOut={Date(Today.AddDays(22))}";
        Guid? blockId = null;
        if (command is "relist")
        {
            (await host.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        if (command is "unblock")
        {
            using var created = await host.PostAsJsonAsync($"{Api}/{id}/blocks", new { start = Date(Today.AddDays(20)), end = Date(Today.AddDays(21)) });
            blockId = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        }

        // Warm every read the command will change.
        using (await _anonymous.GetAsync($"{Api}/{id}"))
        {
        }

        var before = (await _anonymous.SearchAsync(stay)).Ids;
        await SearchTitles(city);

        switch (command)
        {
            case "put":
                var body = Body(city);
                body["title"] = "Replaced title";
                (await host.PutAsJsonAsync($"{Api}/{id}", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await Title(id)).ShouldBe("Replaced title");
                (await SearchTitles(city)).ShouldBe(["Replaced title"]);
                break;
            case "patch":
                (await host.PatchAsJsonAsync($"{Api}/{id}", new { title = "Patched title" })).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await Title(id)).ShouldBe("Patched title");
                (await SearchTitles(city)).ShouldBe(["Patched title"]);
                break;
            case "unlist":
                before.ShouldBe([id]);
                (await host.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
                (await _anonymous.GetAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
                (await _anonymous.SearchAsync(stay)).Ids.ShouldBeEmpty();
                break;
            case "relist":
                before.ShouldBeEmpty();
                (await host.PatchAsJsonAsync($"{Api}/{id}", new { status = "listed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await Title(id)).ShouldBe("Sunny loft by the river");
                (await _anonymous.SearchAsync(stay)).Ids.ShouldBe([id]);
                break;
            case "block":
                before.ShouldBe([id]);
                (await host.PostAsJsonAsync($"{Api}/{id}/blocks", new { start = Date(Today.AddDays(21)), end = Date(Today.AddDays(25)) })).StatusCode.ShouldBe(HttpStatusCode.Created);
                (await _anonymous.SearchAsync(stay)).Ids.ShouldBeEmpty();
                break;
            case "unblock":
                before.ShouldBeEmpty();
                (await host.DeleteAsync($"{Api}/{id}/blocks/{blockId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
                (await _anonymous.SearchAsync(stay)).Ids.ShouldBe([id]);
                break;
            case "create":
                var second = (await host.CreateListingAsync(Body(city))).Id();
                (await _anonymous.SearchAsync(stay)).Ids.Order().ShouldBe(new[] { id, second }.Order());
                break;
        }
    }

    [Fact]
    public async Task Details_Should_ShowTheHostsNewFirstName_When_TheHostRenamesThemselvesAfterTheyWereCached()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        (await _anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Test");

        (await host.PatchAsJsonAsync("/api/v1/users/me", new { firstName = "Renamed" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Renamed");
    }

    [Fact]
    public async Task Details_Should_NotServeTheOwnersViewOfAnUnlistedHomeToOthers_When_TheOwnerReadItFirst()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        (await host.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.GetJsonAsync($"{Api}/{id}")).GetProperty("status").GetString().ShouldBe("unlisted");

        using var response = await _anonymous.GetAsync($"{Api}/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Availability_Should_ComeFromTheCache_When_ReadTwiceWithoutAChange_AndShowABookingMadeThroughTheApi()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, guestClient) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        var calendar = $"{Api}/{id}/availability?from={Date(Today.AddDays(40))}&to={Date(Today.AddDays(44))}";
        (await AvailableNights(calendar)).ShouldBe(4);

        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(40), Today.AddDays(41));
        (await AvailableNights(calendar)).ShouldBe(4, "a booking written behind the API's back must stay invisible while cached");

        using (var booking = await guestClient.BookAsync(id, 42, 44))
        {
            await booking.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        (await AvailableNights(calendar)).ShouldBe(1, "the API's own booking invalidates the calendar (and shows the other booking too)");
    }

    [Fact]
    public async Task Availability_Should_StayHiddenFromOthers_When_TheHostReadTheUnlistedCalendarFirst()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        (await host.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await host.GetJsonAsync($"{Api}/{id}/availability")).GetProperty("days").GetArrayLength().ShouldBe(30);

        using var response = await _anonymous.GetAsync($"{Api}/{id}/availability");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<int> AvailableNights(string url) =>
        (await _anonymous.GetJsonAsync(url)).GetProperty("days").EnumerateArray().Count(d => d.GetProperty("available").GetBoolean());

    private async Task<string?> Title(Guid id) => (await _anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("title").GetString();

    private async Task<List<string?>> SearchTitles(string city) =>
        (await _anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}")).Page.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("title").GetString()).ToList();
}

/// <summary>Redis stopped: listing reads and writes keep working from PostgreSQL, and nothing stale follows its return.</summary>
[Collection(RedisOutageTestGroup.Name)]
public sealed class ListingCacheOutageTests(RedisOutageApiFactory factory)
{
    [Fact]
    public async Task SearchAndDetails_Should_KeepAnsweringFresh_When_RedisIsDown()
    {
        var (_, host) = await factory.HostAsync();
        using var anonymous = factory.CreateClient();
        var city = UniqueCity();
        var id = (await host.CreateListingAsync(Body(city))).Id();
        (await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}")).Ids.ShouldBe([id]);
        (await anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("title").GetString().ShouldBe("Sunny loft by the river");

        factory.Redis.Stop();
        try
        {
            (await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}&checkIn={Date(Today.AddDays(3))}&checkOut={Date(Today.AddDays(5))}")).Ids.ShouldBe([id]);
            using (var patch = await host.PatchAsJsonAsync($"{Api}/{id}", new { title = "Written while Redis was down" }))
            {
                await patch.ShouldHaveStatusAsync(HttpStatusCode.OK);
            }

            (await anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("title").GetString().ShouldBe("Written while Redis was down");
            var (_, _, page) = await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}");
            page.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("Written while Redis was down");
        }
        finally
        {
            factory.Redis.Start();
        }

        // Back with Redis (after its circuit breaker lets calls through again): still the write, never the old title.
        var deadline = DateTime.UtcNow.AddSeconds(8);
        while (DateTime.UtcNow < deadline)
        {
            (await anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("title").GetString().ShouldBe("Written while Redis was down");
            var (_, _, page) = await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}");
            page.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe("Written while Redis was down");
            await Task.Delay(500);
        }
    }
}
