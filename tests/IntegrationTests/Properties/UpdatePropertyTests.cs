using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>PUT, PATCH and DELETE /api/v1/properties/{id}: owner host or admin; everyone else refused.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class UpdatePropertyTests(ApiFactory factory)
{
    [Fact]
    public async Task Put_Should_ReplaceTheListing_When_TheOwnerSendsAValidBody()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        var body = Body(price: 99.5m);
        body["title"] = "Renovated loft by the river";
        body.Remove("amenities");

        using var response = await host.PutAsJsonAsync($"{Api}/{id}", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var listing = await response.Content.ReadFromJsonAsync<JsonElement>();
        listing.GetProperty("title").GetString().ShouldBe("Renovated loft by the river");
        listing.GetProperty("pricePerNight").GetDecimal().ShouldBe(99.5m);
        listing.GetProperty("amenities").GetArrayLength().ShouldBe(0);
        using var anonymous = factory.CreateClient();
        (await anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("pricePerNight").GetDecimal().ShouldBe(99.5m);
    }

    [Fact]
    public async Task Put_Should_Succeed_When_AnAdminUpdatesSomeoneElsesListing()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var admin = await factory.AdminAsync();
        var body = Body();
        body["title"] = "Edited by the operator";

        using var response = await admin.PutAsJsonAsync($"{Api}/{id}", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Test");
    }

    [Fact]
    public async Task Put_Should_Return403_When_AnotherHostUpdatesAListedHome()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        var (_, other) = await factory.HostAsync();

        using var response = await other.PutAsJsonAsync($"{Api}/{id}", Body());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Property.NotOwner");
    }

    [Fact]
    public async Task Patch_Should_Return404_When_AnotherHostPatchesAnUnlistedHome()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        (await owner.DeleteAsync($"{Api}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var (_, other) = await factory.HostAsync();

        using var response = await other.PatchAsJsonAsync($"{Api}/{id}", new { title = "Mine now, surely" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.NotFound");
    }

    [Fact]
    public async Task Put_Should_Return403_When_CallerIsAGuest()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.PutAsJsonAsync($"{Api}/{id}", Body());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Auth.RoleNotAllowed");
    }

    [Fact]
    public async Task PutPatchDelete_Should_Return401_When_Anonymous()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();

        using var put = await anonymous.PutAsJsonAsync($"{Api}/{id}", Body());
        using var patch = await anonymous.PatchAsJsonAsync($"{Api}/{id}", new { title = "Anonymous edit" });
        using var delete = await anonymous.DeleteAsync($"{Api}/{id}");

        await put.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await patch.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await delete.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Put_Should_Return404_When_TheListingDoesNotExist()
    {
        var (_, host) = await factory.HostAsync();

        using var response = await host.PutAsJsonAsync($"{Api}/{Guid.NewGuid()}", Body());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.NotFound");
    }

    [Fact]
    public async Task Patch_Should_ChangeOnlyTheFieldsSent_When_TheOwnerPatches()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var response = await host.PatchAsJsonAsync($"{Api}/{id}", new { pricePerNight = 150, address = new { city = "Porto", postalCode = "" } });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var listing = await response.Content.ReadFromJsonAsync<JsonElement>();
        listing.GetProperty("pricePerNight").GetDecimal().ShouldBe(150m);
        listing.GetProperty("title").GetString().ShouldBe("Sunny loft by the river");
        listing.GetProperty("address").GetProperty("city").GetString().ShouldBe("Porto");
        listing.GetProperty("address").GetProperty("street").GetString().ShouldBe("Rua das Flores 12");
        listing.GetProperty("address").GetProperty("postalCode").ValueKind.ShouldBe(JsonValueKind.Null);
        listing.GetProperty("amenities").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Patch_Should_Return400_When_TheMergedListingBreaksARule()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var response = await host.PatchAsJsonAsync($"{Api}/{id}", new { minNights = 60 });

        await response.ShouldBeValidationProblemAsync("maxNights");
    }

    [Fact]
    public async Task Patch_Should_Return400_When_StatusIsUnknown()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();

        using var response = await host.PatchAsJsonAsync($"{Api}/{id}", new { status = "archived" });

        await response.ShouldBeValidationProblemAsync("status");
    }

    [Fact]
    public async Task Delete_Should_HideTheListingFromEveryoneButItsHostAndAdmins_When_TheOwnerUnlists()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var id = (await host.CreateListingAsync(Body(city))).Id();
        using var anonymous = factory.CreateClient();
        (await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}")).Ids.ShouldBe([id]);

        using var delete = await host.DeleteAsync($"{Api}/{id}");

        await delete.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var anonymousRead = await anonymous.GetAsync($"{Api}/{id}");
        await anonymousRead.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.NotFound");
        var (_, otherHost) = await factory.HostAsync();
        using var otherRead = await otherHost.GetAsync($"{Api}/{id}");
        await otherRead.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await host.GetJsonAsync($"{Api}/{id}")).GetProperty("status").GetString().ShouldBe("unlisted");
        using var admin = await factory.AdminAsync();
        (await admin.GetJsonAsync($"{Api}/{id}")).GetProperty("status").GetString().ShouldBe("unlisted");
        (await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}")).Ids.ShouldBeEmpty();
        using var calendar = await anonymous.GetAsync($"{Api}/{id}/availability");
        await calendar.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await host.GetJsonAsync($"{Api}/{id}/availability")).GetProperty("days").GetArrayLength().ShouldBe(30);

        using var again = await host.DeleteAsync($"{Api}/{id}");
        await again.ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        using var relist = await host.PatchAsJsonAsync($"{Api}/{id}", new { status = "listed" });
        await relist.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("status").GetString().ShouldBe("listed");
        (await anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}")).Ids.ShouldBe([id]);
    }

    [Fact]
    public async Task Delete_Should_Return409_When_AFutureConfirmedBookingExists()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(10), Today.AddDays(12));

        using var delete = await host.DeleteAsync($"{Api}/{id}");
        using var patch = await host.PatchAsJsonAsync($"{Api}/{id}", new { status = "unlisted" });

        await delete.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Property.HasFutureBookings");
        await patch.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Property.HasFutureBookings");
        using var anonymous = factory.CreateClient();
        (await anonymous.GetJsonAsync($"{Api}/{id}")).GetProperty("status").GetString().ShouldBe("listed");
    }

    [Fact]
    public async Task Delete_Should_Return409_When_AConfirmedStayIsInProgress()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(-2), Today.AddDays(1));

        using var delete = await host.DeleteAsync($"{Api}/{id}");

        await delete.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Property.HasFutureBookings");
    }

    [Theory]
    [InlineData(-10, -3, "confirmed")]
    [InlineData(-3, 0, "confirmed")]
    [InlineData(10, 12, "pending")]
    [InlineData(10, 12, "cancelled")]
    public async Task Delete_Should_Unlist_When_OnlyPastOrUnconfirmedBookingsExist(int fromDays, int toDays, string status)
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var id = (await host.CreateListingAsync()).Id();
        await factory.InsertBookingAsync(id, guest.Id, Today.AddDays(fromDays), Today.AddDays(toDays), status);

        using var delete = await host.DeleteAsync($"{Api}/{id}");

        await delete.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Delete_Should_Return403_When_AnotherHostUnlists()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        var (_, other) = await factory.HostAsync();

        using var response = await other.DeleteAsync($"{Api}/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Property.NotOwner");
    }

    [Fact]
    public async Task Delete_Should_Unlist_When_AnAdminUnlists()
    {
        var (_, owner) = await factory.HostAsync();
        var id = (await owner.CreateListingAsync()).Id();
        using var admin = await factory.AdminAsync();

        using var response = await admin.DeleteAsync($"{Api}/{id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
    }
}
