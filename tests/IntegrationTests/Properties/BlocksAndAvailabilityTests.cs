using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>POST/DELETE /properties/{id}/blocks and GET /properties/{id}/availability: half-open ranges throughout.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class BlocksAndAvailabilityTests(ApiFactory factory)
{
    private static object Range(int fromDays, int toDays) => new { start = Date(Today.AddDays(fromDays)), end = Date(Today.AddDays(toDays)) };

    [Fact]
    public async Task AddBlock_Should_Answer201AndMarkTheNightsUnavailable_When_TheOwnerBlocks()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var response = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var block = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/properties/{id}/blocks/{block.GetProperty("id").GetGuid()}");
        block.GetProperty("start").GetString().ShouldBe(Date(Today.AddDays(5)));
        block.GetProperty("end").GetString().ShouldBe(Date(Today.AddDays(8)));
        using var anonymous = factory.CreateClient();
        var days = await Days(anonymous, id, Today, Today.AddDays(10));
        days[4].ShouldBeTrue();
        days[5].ShouldBeFalse();
        days[7].ShouldBeFalse();
        days[8].ShouldBeTrue("the end day of a block is free (half-open)");
    }

    [Fact]
    public async Task AddBlock_Should_Return409_When_ItOverlapsAnotherBlock()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        (await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var response = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(7, 9));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Property.BlockOverlapsBlock");
    }

    [Fact]
    public async Task AddBlock_Should_Succeed_When_ItStartsOnTheDayAnotherBlockEnds()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        (await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var after = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(8, 10));
        using var before = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(3, 5));

        await after.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await before.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("confirmed")]
    [InlineData("pending")]
    public async Task AddBlock_Should_Return409_When_ItOverlapsAnActiveBooking(string status)
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(10), Today.AddDays(14), status);

        using var response = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(13, 20));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Property.BlockOverlapsBooking");
    }

    [Fact]
    public async Task AddBlock_Should_Succeed_When_ItTouchesABookingOnlyAtItsEdges()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(10), Today.AddDays(14));

        using var endsAtCheckIn = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(6, 10));
        using var startsAtCheckOut = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(14, 16));

        await endsAtCheckIn.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await startsAtCheckOut.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task AddBlock_Should_Succeed_When_TheOverlappingBookingIsCancelled()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(10), Today.AddDays(14), "cancelled");

        using var response = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(10, 14));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData(5, 5, "end")]
    [InlineData(5, 3, "end")]
    [InlineData(1, 400, "end")]
    public async Task AddBlock_Should_Return400_When_TheRangeIsInvalid(int fromDays, int toDays, string field)
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var response = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(fromDays, toDays));

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task AddBlock_Should_Return400_When_DatesAreMissingOrInThePast()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var missing = await host.PostAsJsonAsync($"{Api}/{id}/blocks", new { });
        using var past = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(-3, 2));
        using var malformed = await host.PostAsJsonAsync($"{Api}/{id}/blocks", new { start = "tomorrow", end = "2030-01-01" });

        await missing.ShouldBeValidationProblemAsync("start", "end");
        await past.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Property.BlockInPast");
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.MalformedJson");
    }

    [Fact]
    public async Task AddBlock_Should_Return403_When_CallerIsNotTheOwner()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        var (_, other) = await factory.HostAsync();
        var (_, guest) = await factory.GuestAsync();
        using var admin = await factory.AdminAsync();
        using var anonymous = factory.CreateClient();

        using var byOther = await other.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8));
        using var byGuest = await guest.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8));
        using var byAdmin = await admin.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8));
        using var byAnonymous = await anonymous.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8));

        await byOther.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Property.NotOwner");
        await byGuest.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Auth.RoleNotAllowed");
        await byAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Property.NotOwner");
        await byAnonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RemoveBlock_Should_FreeTheNights_When_TheOwnerRemovesIt()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var created = await host.PostAsJsonAsync($"{Api}/{id}/blocks", Range(5, 8));
        var blockId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (_, other) = await factory.HostAsync();
        using var byOther = await other.DeleteAsync($"{Api}/{id}/blocks/{blockId}");
        await byOther.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Property.NotOwner");

        using var response = await host.DeleteAsync($"{Api}/{id}/blocks/{blockId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await Days(host, id, Today, Today.AddDays(10))).ShouldAllBe(free => free);
        using var again = await host.DeleteAsync($"{Api}/{id}/blocks/{blockId}");
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.BlockNotFound");
    }

    [Fact]
    public async Task Availability_Should_ListOneEntryPerNightWithPrice_When_AskedForARange()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync(Body(price: 80m))).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(2), Today.AddDays(4));
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(4), Today.AddDays(5), "pending");
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(6), Today.AddDays(9), "declined");
        using var anonymous = factory.CreateClient();

        var calendar = await anonymous.GetJsonAsync($"{Api}/{id}/availability?from={Date(Today.AddDays(-1))}&to={Date(Today.AddDays(7))}");

        calendar.GetProperty("propertyId").GetGuid().ShouldBe(id);
        var days = calendar.GetProperty("days").EnumerateArray().ToList();
        days.Count.ShouldBe(8);
        days[0].GetProperty("date").GetString().ShouldBe(Date(Today.AddDays(-1)));
        days[0].GetProperty("price").GetDecimal().ShouldBe(80m);
        days.Select(d => d.GetProperty("available").GetBoolean()).ShouldBe([false, true, true, false, false, false, true, true]);
    }

    [Fact]
    public async Task Availability_Should_Default30NightsFromToday_When_NoRangeIsGiven()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();

        var days = (await anonymous.GetJsonAsync($"{Api}/{id}/availability")).GetProperty("days");

        days.GetArrayLength().ShouldBe(30);
        days[0].GetProperty("date").GetString().ShouldBe(Date(Today));
    }

    // Issue 10, defect 2: windows that answered 500 (a past or far 'to' with 'from' defaulting to today, a 'from' near
    // the calendar's end).
    public static TheoryData<string, string> BadCalendarWindows() => new()
    {
        { $"to={Date(Today.AddDays(-3))}", "to" },
        { $"to={Date(Today)}", "to" },
        { "from=9999-12-31", "from" },
        { "from=9999-12-01&to=9999-12-31", "from" },
        { $"to={Date(Today.AddDays(400))}", "to" },
        { "to=9999-12-31", "to" },
    };

    [Theory]
    [InlineData("from=2030-02-30", "from")]
    [InlineData("from=tomorrow", "from")]
    [InlineData("to=2030-1-1", "to")]
    [InlineData("from=2030-01-10&to=2030-01-10", "to")]
    [InlineData("from=2030-01-10&to=2030-01-01", "to")]
    [InlineData("from=2030-01-01&to=2031-01-03", "to")]
    [MemberData(nameof(BadCalendarWindows))]
    public async Task Availability_Should_Return400_When_TheRangeIsInvalid(string query, string field)
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync($"{Api}/{id}/availability?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Availability_Should_Accept366Nights_When_AskedForTheMaximum()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();

        var days = (await anonymous.GetJsonAsync($"{Api}/{id}/availability?from=2030-01-01&to=2031-01-02")).GetProperty("days");

        days.GetArrayLength().ShouldBe(366);
    }

    [Fact]
    public async Task Availability_Should_Return404_When_TheListingDoesNotExist()
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync($"{Api}/{Guid.NewGuid()}/availability");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.NotFound");
    }

    private static async Task<List<bool>> Days(HttpClient client, Guid id, DateOnly from, DateOnly to)
    {
        var calendar = await client.GetJsonAsync($"{Api}/{id}/availability?from={Date(from)}&to={Date(to)}");
        return calendar.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("available").GetBoolean()).ToList();
    }
}
