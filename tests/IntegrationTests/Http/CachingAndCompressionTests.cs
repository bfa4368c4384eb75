using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using AirbnbClone.IntegrationTests.Bookings;
using AirbnbClone.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>Cache-Control per kind of answer; Brotli/gzip only on public reads, never on private or token answers.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class CachingAndCompressionTests(ApiFactory factory, ITestOutputHelper output)
{
    [Fact]
    public async Task PublicReads_Should_BePublicForAShortTime_When_Anonymous()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using var anonymous = factory.CreateClient();

        (await CacheControlAsync(anonymous, $"{Api}?limit=5")).ShouldBe("public, max-age=10");
        (await CacheControlAsync(anonymous, $"{Api}/{id}")).ShouldBe("public, max-age=10");
        (await CacheControlAsync(anonymous, $"{Api}/{id}/availability")).ShouldBe("public, max-age=10");
        (await CacheControlAsync(anonymous, $"{Api}/amenities")).ShouldBe("public, max-age=3600");
    }

    [Fact]
    public async Task PrivateAndTokenAnswers_Should_BeNoStore()
    {
        var (user, guest) = await factory.GuestAsync();
        var (_, _, propertyId) = await factory.ListingAsync();
        var booking = (await guest.BookOkAsync(propertyId, 20, 22)).GetProperty("id").GetGuid();
        using var anonymous = factory.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = user.Password });
        var tokens = await login.Content.ReadFromJsonAsync<TokenPair>();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens!.RefreshToken });
        using var missing = await anonymous.GetAsync($"{Api}/{Guid.NewGuid()}");

        await login.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await refresh.ShouldHaveStatusAsync(HttpStatusCode.OK);
        login.Header("Cache-Control").ShouldBe("no-store");
        refresh.Header("Cache-Control").ShouldBe("no-store");
        missing.Header("Cache-Control").ShouldBe("no-store");
        (await CacheControlAsync(guest, "/api/v1/users/me")).ShouldBe("no-store");
        (await CacheControlAsync(guest, $"{BookingTestKit.BookingsApi}/{booking}")).ShouldBe("no-store");
        (await CacheControlAsync(guest, BookingTestKit.BookingsApi)).ShouldBe("no-store");
    }

    [Fact]
    public async Task UnlistedListing_Should_BeNoStore_When_ItsHostReadsIt()
    {
        var (_, host) = await factory.HostAsync();
        var id = (await host.CreateListingAsync()).Id();
        using (var unlist = await host.DeleteAsync($"{Api}/{id}"))
        {
            await unlist.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        }

        using var response = await host.SendAsync(HttpMethod.Get, $"{Api}/{id}", null, ("Accept-Encoding", "br"));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Header("Cache-Control").ShouldBe("no-store");
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Search_Should_BeCompressed_When_TheClientAcceptsIt(string encoding)
    {
        var city = UniqueCity();
        var (_, host) = await factory.HostAsync();
        for (var i = 0; i < 40; i++)
        {
            await host.CreateListingAsync(Body(city));
        }

        using var anonymous = factory.CreateClient();
        var url = $"{Api}?city={Uri.EscapeDataString(city)}&limit=100";
        using var plain = await anonymous.GetAsync(url);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        using var compressed = await anonymous.SendAsync(HttpMethod.Get, url, null, ("Accept-Encoding", encoding));
        var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();

        await compressed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        compressed.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        compressed.Header("Vary").ShouldNotBeNull().ShouldContain("Accept-Encoding");
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty();
        Decompress(compressedBytes, encoding).ShouldBe(plainBytes);
        compressedBytes.Length.ShouldBeLessThan(plainBytes.Length / 4);
        output.WriteLine($"40-item search page: {plainBytes.Length} bytes, {encoding} {compressedBytes.Length} bytes");
    }

    [Fact]
    public async Task PrivateAndTokenAnswers_Should_NotBeCompressed_When_TheClientAcceptsCompression()
    {
        var (user, guest) = await factory.GuestAsync();
        using var anonymous = factory.CreateClient();
        var login = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { email = user.Email, password = user.Password }) };
        login.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var token = await anonymous.SendAsync(login);
        using var profile = await guest.SendAsync(HttpMethod.Get, "/api/v1/users/me", null, ("Accept-Encoding", "br, gzip"));
        using var bookings = await guest.SendAsync(HttpMethod.Get, BookingTestKit.BookingsApi, null, ("Accept-Encoding", "br, gzip"));

        foreach (var response in new[] { token, profile, bookings })
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            response.Content.Headers.ContentEncoding.ShouldBeEmpty(response.RequestMessage!.RequestUri!.ToString());
        }
    }

    private static async Task<string?> CacheControlAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return response.Header("Cache-Control");
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var result = new MemoryStream();
        decoder.CopyTo(result);
        return result.ToArray();
    }
}
