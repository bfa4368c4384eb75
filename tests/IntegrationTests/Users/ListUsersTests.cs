using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Users;

/// <summary>GET /api/v1/users (admin only), keyset pages.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class ListUsersTests(ApiFactory factory)
{
    [Fact]
    public async Task GetUsers_Should_WalkEveryUserOnceAcrossPages_When_CallerIsAdmin()
    {
        var registered = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            registered.Add(await factory.RegisterAsync());
        }

        using var client = await AdminClientAsync();
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = cursor is null ? "/api/v1/users?limit=2" : $"/api/v1/users?limit=2&cursor={Uri.EscapeDataString(cursor)}";
            using var response = await client.GetAsync(url);
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var items = body.RootElement.GetProperty("items");
            items.GetArrayLength().ShouldBeInRange(1, 2);
            foreach (var item in items.EnumerateArray())
            {
                seen.Add(item.GetProperty("id").GetGuid());
                item.TryGetProperty("email", out _).ShouldBeTrue("an admin sees e-mails in the list");
            }

            var next = body.RootElement.GetProperty("nextCursor");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            (++pages).ShouldBeLessThan(10_000, "the cursor never ends");
        }
        while (cursor is not null);

        seen.Count.ShouldBe(seen.Distinct().Count(), "a user appeared on two pages");
        foreach (var user in registered)
        {
            seen.ShouldContain(user.Id);
        }

        pages.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task GetUsers_Should_ReturnDefaultPageWithItemsAndNextCursor_When_NoLimitIsGiven()
    {
        using var client = await AdminClientAsync();

        using var response = await client.GetAsync("/api/v1/users");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("items").GetArrayLength().ShouldBeInRange(1, 20);
        body.RootElement.TryGetProperty("nextCursor", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task GetUsers_Should_NotListDeletedUsers_When_AnAccountWasDeleted()
    {
        var (user, tokens) = await factory.RegisterAndLoginAsync();
        using (var self = factory.CreateClient(tokens.AccessToken))
        using (var delete = await self.DeleteAsync($"/api/v1/users/{user.Id}"))
        {
            await delete.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        }

        using var client = await AdminClientAsync();
        var ids = new List<Guid>();
        string? cursor = null;
        do
        {
            var url = cursor is null ? "/api/v1/users?limit=100" : $"/api/v1/users?limit=100&cursor={Uri.EscapeDataString(cursor)}";
            var page = (await client.GetFromJsonAsync<Page>(url))!;
            ids.AddRange(page.Items.Select(u => u.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        ids.ShouldNotContain(user.Id);
    }

    [Fact]
    public async Task GetUsers_Should_Return403_When_CallerIsAGuest()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.GetAsync("/api/v1/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetUsers_Should_Return403_When_CallerIsAHost()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync(role: "host");
        using var client = factory.CreateClient(tokens.AccessToken);

        using var response = await client.GetAsync("/api/v1/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetUsers_Should_Return401_When_Anonymous()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/users");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Auth.Required");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    public async Task GetUsers_Should_Return400NamingLimit_When_LimitIsOutOfRange(string limit)
    {
        using var client = await AdminClientAsync();

        using var response = await client.GetAsync($"/api/v1/users?limit={limit}");

        await response.ShouldBeValidationProblemAsync("limit");
    }

    [Fact]
    public async Task GetUsers_Should_Return400_When_LimitIsNotANumber()
    {
        using var client = await AdminClientAsync();

        using var response = await client.GetAsync("/api/v1/users?limit=abc");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("bm90LWEtZ3VpZA")] // base64url of "not-a-guid"
    public async Task GetUsers_Should_Return400NamingCursor_When_CursorIsMalformed(string cursor)
    {
        using var client = await AdminClientAsync();

        using var response = await client.GetAsync($"/api/v1/users?cursor={Uri.EscapeDataString(cursor)}");

        await response.ShouldBeValidationProblemAsync("cursor");
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        return factory.CreateClient(admin.AccessToken);
    }

    private sealed record Page(IReadOnlyList<UserBody> Items, string? NextCursor);
}
