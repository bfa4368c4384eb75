using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Bookings;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>Strong ETags, If-None-Match (304) and If-Match (412, atomic with the write) on listings, bookings and profiles.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class ConditionalRequestTests(ApiFactory factory)
{
    [Fact]
    public async Task GetListing_Should_Answer304WithoutBody_When_IfNoneMatchNamesTheCurrentETag()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();
        var (tag, _) = await anonymous.GetWithETagAsync($"{Api}/{id}");

        using var notModified = await anonymous.SendAsync(HttpMethod.Get, $"{Api}/{id}", null, ("If-None-Match", tag));
        using var otherTag = await anonymous.SendAsync(HttpMethod.Get, $"{Api}/{id}", null, ("If-None-Match", "\"not-this-one\""));

        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        HttpTestKit.ETagOf(notModified).ShouldBe(tag);
        notModified.Header("Cache-Control").ShouldBe("public, max-age=10");
        await otherTag.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetBookingAndProfile_Should_Answer304_When_IfNoneMatchNamesTheCurrentETag()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        var booking = await guest.BookOkAsync(propertyId, 10, 12);

        foreach (var url in new[] { $"{BookingTestKit.BookingsApi}/{booking.GetProperty("id").GetGuid()}", "/api/v1/users/me" })
        {
            var (tag, _) = await guest.GetWithETagAsync(url);
            using var notModified = await guest.SendAsync(HttpMethod.Get, url, null, ("If-None-Match", tag));
            notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified, url);
            (await notModified.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
            notModified.Header("Cache-Control").ShouldBe("no-store");
        }
    }

    [Fact]
    public async Task ProfileETag_Should_Change_When_TheProfileChanges()
    {
        var (_, guest) = await factory.GuestAsync();
        var (before, _) = await guest.GetWithETagAsync("/api/v1/users/me");

        using var renamed = await guest.PatchAsJsonAsync("/api/v1/users/me", new { firstName = "Renamed" });
        await renamed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var stale = await guest.SendAsync(HttpMethod.Get, "/api/v1/users/me", null, ("If-None-Match", before));

        await stale.ShouldHaveStatusAsync(HttpStatusCode.OK);
        HttpTestKit.ETagOf(stale).ShouldNotBe(before);
    }

    [Fact]
    public async Task ListingWrites_Should_AnswerTheETagThatAFollowingGetAnswers()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        var (first, _) = await host.GetWithETagAsync($"{Api}/{id}");

        var body = Body();
        body["title"] = "Replaced with If-Match";
        using var put = await host.SendAsync(HttpMethod.Put, $"{Api}/{id}", body, ("If-Match", first));
        await put.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (afterPut, _) = await host.GetWithETagAsync($"{Api}/{id}");

        using var patch = await host.SendAsync(HttpMethod.Patch, $"{Api}/{id}", new { pricePerNight = 99 }, ("If-Match", afterPut));
        await patch.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (afterPatch, _) = await host.GetWithETagAsync($"{Api}/{id}");

        HttpTestKit.ETagOf(put).ShouldBe(afterPut);
        afterPut.ShouldNotBe(first);
        HttpTestKit.ETagOf(patch).ShouldBe(afterPatch);
        afterPatch.ShouldNotBe(afterPut);
        put.Header("Cache-Control").ShouldBe("no-store");
    }

    [Fact]
    public async Task ListingWrites_Should_Answer412AndChangeNothing_When_IfMatchNamesAnOlderVersion()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        var (stale, _) = await host.GetWithETagAsync($"{Api}/{id}");
        using (var change = await host.PatchAsJsonAsync($"{Api}/{id}", new { title = "Changed by someone else" }))
        {
            await change.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var body = Body();
        body["title"] = "Lost update";
        using var put = await host.SendAsync(HttpMethod.Put, $"{Api}/{id}", body, ("If-Match", stale));
        using var patch = await host.SendAsync(HttpMethod.Patch, $"{Api}/{id}", new { title = "Lost update" }, ("If-Match", stale));
        using var weak = await host.SendAsync(HttpMethod.Patch, $"{Api}/{id}", new { title = "Lost update" }, ("If-Match", "W/" + stale));

        await put.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "Request.PreconditionFailed");
        await patch.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "Request.PreconditionFailed");
        await weak.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "Request.PreconditionFailed");
        (await host.GetJsonAsync($"{Api}/{id}")).GetProperty("title").GetString().ShouldBe("Changed by someone else");
    }

    [Fact]
    public async Task ListingETag_Should_Change_When_TheHostRenames()
    {
        var (user, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();
        var (before, _) = await anonymous.GetWithETagAsync($"{Api}/{id}");

        using var renamed = await host.PatchAsJsonAsync("/api/v1/users/me", new { firstName = "Henrietta" });
        await renamed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (after, listing) = await anonymous.GetWithETagAsync($"{Api}/{id}");

        listing.GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Henrietta", user.Email);
        after.ShouldNotBe(before);
    }

    [Fact]
    public async Task ParallelListingPuts_Should_LetExactlyOneWin_When_TheyCarryTheSameIfMatch()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        var (tag, _) = await host.GetWithETagAsync($"{Api}/{id}");

        await ExactlyOneWinsAsync(
            writers: 6,
            i =>
            {
                var body = Body();
                body["title"] = $"Writer number {i}";
                return host.SendAsync(HttpMethod.Put, $"{Api}/{id}", body, ("If-Match", tag));
            },
            async (winner, answered) =>
                (await host.GetJsonAsync($"{Api}/{id}")).GetProperty("title").GetString().ShouldBe(answered.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ParallelBookingChanges_Should_LetExactlyOneWin_When_TheyCarryTheSameIfMatch()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        var booking = (await guest.BookOkAsync(propertyId, 10, 12)).GetProperty("id").GetGuid();
        var url = $"{BookingTestKit.BookingsApi}/{booking}";
        var (tag, _) = await guest.GetWithETagAsync(url);

        await ExactlyOneWinsAsync(
            writers: 5,
            i => guest.SendAsync(HttpMethod.Patch, url, new JsonObject { ["guests"] = 1 + (i % 3), ["checkOut"] = Date(Today.AddDays(13 + i)) }, ("If-Match", tag)),
            async (winner, answered) =>
            {
                var (current, stored) = await guest.GetWithETagAsync(url);
                HttpTestKit.ETagOf(winner).ShouldBe(current);
                stored.GetProperty("checkOut").GetString().ShouldBe(answered.GetProperty("checkOut").GetString());
            });
    }

    [Fact]
    public async Task Writes_Should_StillSucceed_When_NoIfMatchIsSent()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var patch = await host.PatchAsJsonAsync($"{Api}/{id}", new { title = "No precondition at all" });

        await patch.ShouldHaveStatusAsync(HttpStatusCode.OK);
        HttpTestKit.ETagOf(patch).ShouldNotBeNull();
    }

    /// <summary>
    /// Sends <paramref name="writers"/> requests released at the same moment; exactly one must answer 200 and every
    /// other 412. <paramref name="checkWinner"/> gets the winning response and its body.
    /// </summary>
    private static async Task ExactlyOneWinsAsync(
        int writers, Func<int, Task<HttpResponseMessage>> send, Func<HttpResponseMessage, JsonElement, Task> checkWinner)
    {
        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, writers).Select(async i =>
        {
            await start.WaitAsync();
            return await send(i);
        }).ToList();
        start.Release(writers);
        var responses = await Task.WhenAll(attempts);
        try
        {
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(writers - 1);
            var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
            await checkWinner(winner, await winner.Content.ReadFromJsonAsync<JsonElement>());
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
