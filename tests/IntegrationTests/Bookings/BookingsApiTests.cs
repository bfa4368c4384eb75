using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;
using static AirbnbClone.IntegrationTests.Bookings.BookingTestKit;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>Every /bookings endpoint over HTTP, for every role.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class BookingsApiTests(ApiFactory factory)
{
    [Fact]
    public async Task Create_Should_ConfirmAtOnce_AndPriceOnTheServer_When_ListingIsInstantBook()
    {
        var (_, _, propertyId) = await factory.ListingAsync(instantBook: true);
        var (guestUser, guest) = await factory.GuestAsync();
        var body = Stay(propertyId, 10, 13);
        body["total"] = 1m;
        body["status"] = "completed";
        body["guestId"] = Guid.NewGuid();

        using var response = await guest.PostAsJsonAsync(BookingsApi, body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var booking = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/bookings/{booking.GetProperty("id").GetGuid()}");
        booking.Status().ShouldBe("confirmed");
        booking.GetProperty("guestId").GetGuid().ShouldBe(guestUser.Id);
        booking.GetProperty("checkIn").GetString().ShouldBe(Date(Today.AddDays(10)));
        var price = booking.GetProperty("price");
        price.GetProperty("nights").GetInt32().ShouldBe(3);
        price.Money("nightlyRate").ShouldBe(120m);
        price.Money("subtotal").ShouldBe(360m);
        price.Money("cleaningFee").ShouldBe(25m);
        price.Money("serviceFee").ShouldBe(53.90m); // 14% of 385
        price.Money("total").ShouldBe(438.90m);
        price.GetProperty("currency").GetString().ShouldBe("EUR");
    }

    [Fact]
    public async Task Create_Should_MakeAPendingRequest_When_ListingIsRequestToBook()
    {
        var (_, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (_, guest) = await factory.GuestAsync();

        var booking = await guest.BookOkAsync(propertyId, 10, 13);

        booking.Status().ShouldBe("pending");
        booking.GetProperty("expiresAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(23));
    }

    [Theory]
    [InlineData(-1, 2, 2, "Booking.InPast")]
    [InlineData(3, 3, 2, null)]
    [InlineData(3, 5, 9, "Booking.TooManyGuests")]
    [InlineData(3, 40, 2, "Booking.TooManyNights")]
    public async Task Create_Should_Answer400_When_TheStayBreaksARule(int from, int to, int guests, string? code)
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.BookAsync(propertyId, from, to, guests);

        if (code is null)
        {
            await response.ShouldBeValidationProblemAsync("checkOut");
        }
        else
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        }
    }

    [Fact]
    public async Task Create_Should_Answer400_When_BodyIsMalformedOrIncomplete()
    {
        var (_, guest) = await factory.GuestAsync();

        using var empty = await guest.PostAsJsonAsync(BookingsApi, new { });
        await empty.ShouldBeValidationProblemAsync("propertyId", "checkIn", "checkOut", "guests");
        using var badDate = await guest.PostAsJsonAsync(BookingsApi, new { propertyId = Guid.NewGuid(), checkIn = "tomorrow", checkOut = "2030-01-01", guests = 1 });
        ((int)badDate.StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task Create_Should_Answer404_When_ListingDoesNotExist()
    {
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.BookAsync(Guid.NewGuid(), 3, 5);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.NotFound");
    }

    [Fact]
    public async Task Create_Should_Answer409_When_TheHostBooksTheirOwnListing()
    {
        var (host, _, propertyId) = await factory.ListingAsync();

        using var response = await host.BookAsync(propertyId, 3, 5);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.OwnListing");
    }

    [Fact]
    public async Task Create_Should_Answer401_When_Anonymous()
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.BookAsync(Guid.NewGuid(), 3, 5);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(13, 15, true)] // starts on the other's check-out day
    [InlineData(7, 10, true)] // ends on the other's check-in day
    [InlineData(11, 12, false)] // inside
    [InlineData(9, 14, false)] // surrounding
    [InlineData(10, 11, false)] // same start
    [InlineData(12, 14, false)] // overlapping the end
    public async Task Create_Should_TreatStaysAsHalfOpen(int from, int to, bool succeeds)
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, first) = await factory.GuestAsync();
        var (_, second) = await factory.GuestAsync();
        await first.BookOkAsync(propertyId, 10, 13);

        using var response = await second.BookAsync(propertyId, from, to);

        if (succeeds)
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }
        else
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.Overlap");
        }
    }

    [Fact]
    public async Task Create_Should_Answer409_When_TheHostBlockedTheNights()
    {
        var (host, _, propertyId) = await factory.ListingAsync();
        (await host.PostAsJsonAsync($"{Api}/{propertyId}/blocks", new { start = Date(Today.AddDays(5)), end = Date(Today.AddDays(8)) })).EnsureSuccessStatusCode();
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.BookAsync(propertyId, 7, 9);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.DatesBlocked");
        await guest.BookOkAsync(propertyId, 8, 9);
    }

    [Fact]
    public async Task Create_Should_FreeTheNights_When_TheBookingIsCancelledOrDeclined()
    {
        var (host, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (_, guest) = await factory.GuestAsync();
        var first = await guest.BookOkAsync(propertyId, 10, 13);
        (await host.PostAsync(new Uri($"{BookingsApi}/{first.GetProperty("id").GetGuid()}/decline", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var second = await guest.BookOkAsync(propertyId, 10, 13);
        (await guest.PostAsync(new Uri($"{BookingsApi}/{second.GetProperty("id").GetGuid()}/cancel", UriKind.Relative), null)).EnsureSuccessStatusCode();

        await guest.BookOkAsync(propertyId, 10, 13);
    }

    [Fact]
    public async Task Quote_Should_PriceWithoutBooking()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();

        var quote = await guest.GetJsonAsync($"{BookingsApi}/quote?propertyId={propertyId}&checkIn={Date(Today.AddDays(10))}&checkOut={Date(Today.AddDays(12))}&guests=2");

        quote.GetProperty("price").Money("total").ShouldBe(302.10m); // (240 + 25) x 1.14
        quote.GetProperty("price").Money("serviceFee").ShouldBe(37.10m);
    }

    [Fact]
    public async Task Quote_Should_Answer400_When_ParametersAreMalformed()
    {
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.GetAsync(new Uri($"{BookingsApi}/quote?propertyId={Guid.NewGuid()}&checkIn=x&checkOut=2030-01-01&guests=zero", UriKind.Relative));

        await response.ShouldBeValidationProblemAsync("checkIn", "guests");
    }

    [Fact]
    public async Task Quote_Should_Answer409_When_TheNightsAreTaken()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        await guest.BookOkAsync(propertyId, 10, 13);

        using var response = await guest.GetAsync(new Uri($"{BookingsApi}/quote?propertyId={propertyId}&checkIn={Date(Today.AddDays(12))}&checkOut={Date(Today.AddDays(14))}&guests=2", UriKind.Relative));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.Overlap");
    }

    [Fact]
    public async Task Get_Should_ShowTheBooking_ToGuestHostAndAdmin_And404ToAnyoneElse()
    {
        var (host, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        var (_, stranger) = await factory.GuestAsync();
        var (_, otherHost) = await factory.HostAsync();
        using var admin = await factory.AdminAsync();
        var id = (await guest.BookOkAsync(propertyId, 10, 13)).GetProperty("id").GetGuid();

        foreach (var client in new[] { guest, host, admin })
        {
            (await client.GetJsonAsync($"{BookingsApi}/{id}")).GetProperty("id").GetGuid().ShouldBe(id);
        }

        foreach (var client in new[] { stranger, otherHost })
        {
            using var response = await client.GetAsync(new Uri($"{BookingsApi}/{id}", UriKind.Relative));
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Booking.NotFound");
        }
    }

    [Fact]
    public async Task List_Should_ShowOwnBookings_AsGuestOrHost_WithFiltersAndPages()
    {
        var (host, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (_, guest) = await factory.GuestAsync();
        var (_, other) = await factory.GuestAsync();
        var a = (await guest.BookOkAsync(propertyId, 10, 12)).GetProperty("id").GetGuid();
        var b = (await guest.BookOkAsync(propertyId, 20, 22)).GetProperty("id").GetGuid();
        var c = (await other.BookOkAsync(propertyId, 30, 32)).GetProperty("id").GetGuid();
        (await host.PostAsync(new Uri($"{BookingsApi}/{b}/confirm", UriKind.Relative), null)).EnsureSuccessStatusCode();

        Ids(await guest.GetJsonAsync(BookingsApi)).ShouldBe([b, a]);
        Ids(await guest.GetJsonAsync($"{BookingsApi}?as=host")).ShouldBeEmpty();
        Ids(await host.GetJsonAsync($"{BookingsApi}?as=host")).ShouldBe([c, b, a]);
        Ids(await host.GetJsonAsync($"{BookingsApi}?as=host&status=confirmed")).ShouldBe([b]);
        Ids(await host.GetJsonAsync($"{BookingsApi}?as=host&from={Date(Today.AddDays(11))}&to={Date(Today.AddDays(21))}")).ShouldBe([b, a]);
        Ids(await host.GetJsonAsync($"{BookingsApi}?as=host&from={Date(Today.AddDays(12))}&to={Date(Today.AddDays(20))}")).ShouldBeEmpty();

        var first = await host.GetJsonAsync($"{BookingsApi}?as=host&limit=2");
        Ids(first).ShouldBe([c, b]);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await host.GetJsonAsync($"{BookingsApi}?as=host&limit=2&cursor={cursor}");
        Ids(second).ShouldBe([a]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task List_Should_Answer400_When_AFilterIsMalformed()
    {
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.GetAsync(new Uri($"{BookingsApi}?as=owner&status=paid&from=x&limit=0&cursor=%%%", UriKind.Relative));

        await response.ShouldBeValidationProblemAsync("as", "status", "from", "limit", "cursor");
    }

    [Fact]
    public async Task ConfirmAndDecline_Should_OnlyBeAllowed_ToTheHost_OnPendingRequests()
    {
        var (host, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (_, guest) = await factory.GuestAsync();
        using var admin = await factory.AdminAsync();
        var id = (await guest.BookOkAsync(propertyId, 10, 13)).GetProperty("id").GetGuid();

        using (var byGuest = await guest.PostAsync(new Uri($"{BookingsApi}/{id}/confirm", UriKind.Relative), null))
        {
            await byGuest.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Booking.NotHost");
        }

        using (var byAdmin = await admin.PostAsync(new Uri($"{BookingsApi}/{id}/decline", UriKind.Relative), null))
        {
            await byAdmin.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Booking.NotHost");
        }

        using (var confirmed = await host.PostAsync(new Uri($"{BookingsApi}/{id}/confirm", UriKind.Relative), null))
        {
            await confirmed.ShouldHaveStatusAsync(HttpStatusCode.OK);
            (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).Status().ShouldBe("confirmed");
        }

        using var again = await host.PostAsync(new Uri($"{BookingsApi}/{id}/decline", UriKind.Relative), null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.InvalidTransition");
    }

    [Fact]
    public async Task Cancel_Should_ReturnTheRefund_ByWhoCancels()
    {
        // Moderate policy, check-in in 3 days: a guest gets 50% of the subtotal plus cleaning; the host refunds in full.
        var (host, _, propertyId) = await factory.ListingAsync(policy: "moderate");
        var (_, guest) = await factory.GuestAsync();
        using var admin = await factory.AdminAsync();
        var byGuest = (await guest.BookOkAsync(propertyId, 3, 5)).GetProperty("id").GetGuid();
        var byHost = (await guest.BookOkAsync(propertyId, 6, 8)).GetProperty("id").GetGuid();
        var byAdmin = (await guest.BookOkAsync(propertyId, 9, 11)).GetProperty("id").GetGuid();

        var guestRefund = await CancelAsync(guest, byGuest);
        var hostRefund = await CancelAsync(host, byHost);
        var adminRefund = await CancelAsync(admin, byAdmin);

        // Booked just now and C - t < 14 days: no grace. 2 nights: subtotal 240, cleaning 25, total 302.10.
        guestRefund.ShouldBe(145m);
        hostRefund.ShouldBe(302.10m);
        adminRefund.ShouldBe(302.10m);
        var shown = await guest.GetJsonAsync($"{BookingsApi}/{byGuest}");
        shown.Status().ShouldBe("cancelled");
        shown.GetProperty("refund").Money("amount").ShouldBe(145m);
    }

    [Fact]
    public async Task Cancel_Should_Answer404ToStrangers_And409WhenAlreadyCancelled()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        var (_, stranger) = await factory.GuestAsync();
        var id = (await guest.BookOkAsync(propertyId, 10, 13)).GetProperty("id").GetGuid();

        using (var response = await stranger.PostAsync(new Uri($"{BookingsApi}/{id}/cancel", UriKind.Relative), null))
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Booking.NotFound");
        }

        await CancelAsync(guest, id);
        using var again = await guest.PostAsync(new Uri($"{BookingsApi}/{id}/cancel", UriKind.Relative), null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.InvalidTransition");
    }

    [Fact]
    public async Task Change_Should_RequoteAndRecheck_ExcludingItself()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        var (_, other) = await factory.GuestAsync();
        var id = (await guest.BookOkAsync(propertyId, 10, 13)).GetProperty("id").GetGuid();
        await other.BookOkAsync(propertyId, 14, 16);

        using (var extended = await guest.PatchAsJsonAsync($"{BookingsApi}/{id}", new { checkIn = Date(Today.AddDays(11)), checkOut = Date(Today.AddDays(14)) }))
        {
            await extended.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var booking = await extended.Content.ReadFromJsonAsync<JsonElement>();
            booking.GetProperty("checkIn").GetString().ShouldBe(Date(Today.AddDays(11)));
            booking.GetProperty("price").GetProperty("nights").GetInt32().ShouldBe(3);
        }

        using var clash = await guest.PatchAsJsonAsync($"{BookingsApi}/{id}", new { checkOut = Date(Today.AddDays(15)) });
        await clash.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Booking.Overlap");
        using var byOther = await other.PatchAsJsonAsync($"{BookingsApi}/{id}", new { guests = 1 });
        await byOther.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Booking.NotFound");
    }

    [Fact]
    public async Task Change_Should_SendAConfirmedBookingBackToPending_When_ListingIsRequestToBook()
    {
        var (host, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (_, guest) = await factory.GuestAsync();
        var id = (await guest.BookOkAsync(propertyId, 10, 13)).GetProperty("id").GetGuid();
        (await host.PostAsync(new Uri($"{BookingsApi}/{id}/confirm", UriKind.Relative), null)).EnsureSuccessStatusCode();

        using var response = await guest.PatchAsJsonAsync($"{BookingsApi}/{id}", new { guests = 3 });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Status().ShouldBe("pending");
        using var byHost = await host.PatchAsJsonAsync($"{BookingsApi}/{id}", new { guests = 1 });
        await byHost.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Booking.NotGuest");
    }

    [Fact]
    public async Task Availability_Should_ShowBookedNights_AfterABookingAndFreeThemAfterCancel()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, guest) = await factory.GuestAsync();
        using var anonymous = factory.CreateClient();
        bool Free(JsonElement calendar, int day) => calendar.GetProperty("days")[day].GetProperty("available").GetBoolean();
        var url = $"{Api}/{propertyId}/availability?from={Date(Today)}&to={Date(Today.AddDays(20))}";
        Free(await anonymous.GetJsonAsync(url), 10).ShouldBeTrue(); // cached now

        var id = (await guest.BookOkAsync(propertyId, 10, 13)).GetProperty("id").GetGuid();
        Free(await anonymous.GetJsonAsync(url), 10).ShouldBeFalse();

        await CancelAsync(guest, id);
        Free(await anonymous.GetJsonAsync(url), 10).ShouldBeTrue();
    }

    [Fact]
    public async Task DeleteUser_Should_Answer409_When_TheGuestHasAFutureConfirmedStay()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (guestUser, guest) = await factory.GuestAsync();
        await guest.BookOkAsync(propertyId, 10, 13);

        using var response = await guest.DeleteAsync(new Uri($"/api/v1/users/{guestUser.Id}", UriKind.Relative));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "User.HasActiveBookings");
    }

    [Fact]
    public async Task Schema_Should_RefuseOverlappingActiveBookings_Directly()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (guestUser, guest) = await factory.GuestAsync();
        await guest.BookOkAsync(propertyId, 10, 13);

        var insert = () => factory.InsertBookingAsync(propertyId, guestUser.Id, Today.AddDays(12), Today.AddDays(14), "pending");

        (await Should.ThrowAsync<PostgresException>(insert)).SqlState.ShouldBe("23P01");
        await factory.InsertBookingAsync(propertyId, guestUser.Id, Today.AddDays(12), Today.AddDays(14), "cancelled");
    }

    private static List<Guid> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static async Task<decimal> CancelAsync(HttpClient client, Guid id)
    {
        using var response = await client.PostAsync(new Uri($"{BookingsApi}/{id}/cancel", UriKind.Relative), null);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var booking = await response.Content.ReadFromJsonAsync<JsonElement>();
        booking.Status().ShouldBe("cancelled");
        return booking.GetProperty("refund").Money("amount");
    }
}
