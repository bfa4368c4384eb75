using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>POST /api/v1/properties, GET /properties/{id}, GET /properties/amenities.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class CreatePropertyTests(ApiFactory factory)
{
    [Fact]
    public async Task Create_Should_Answer201WithLocationAndTheReadShape_When_AHostSendsAValidBody()
    {
        var (host, client) = await factory.HostAsync();

        using var response = await client.PostAsJsonAsync(Api, Body());

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var listing = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = listing.Id();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/properties/{id}");
        listing.GetProperty("hostId").GetGuid().ShouldBe(host.Id);
        listing.GetProperty("host").GetProperty("id").GetGuid().ShouldBe(host.Id);
        listing.GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Test");
        listing.GetProperty("status").GetString().ShouldBe("listed");
        listing.GetProperty("ratingAverage").GetDecimal().ShouldBe(0m);
        listing.GetProperty("reviewCount").GetInt32().ShouldBe(0);
        listing.GetProperty("address").GetProperty("country").GetString().ShouldBe("PT");
        listing.GetProperty("pricePerNight").GetDecimal().ShouldBe(120m);
        listing.GetProperty("amenities").EnumerateArray().Select(a => a.GetString()).ShouldBe(["wifi", "kitchen"]);
        listing.GetProperty("cancellationPolicy").GetString().ShouldBe("moderate");

        using var anonymous = factory.CreateClient();
        var read = await anonymous.GetJsonAsync($"{Api}/{id}");
        read.GetProperty("title").GetString().ShouldBe("Sunny loft by the river");
        read.GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Test");
        read.TryGetProperty("createdAt", out _).ShouldBeTrue();
        read.TryGetProperty("updatedAt", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Create_Should_MakeTheAdminTheHost_When_AnAdminCreates()
    {
        using var admin = await factory.AdminAsync();

        var listing = await admin.CreateListingAsync();

        listing.GetProperty("host").GetProperty("firstName").GetString().ShouldBe("Admin");
    }

    [Fact]
    public async Task Create_Should_Return403_When_CallerIsAGuest()
    {
        var (_, guest) = await factory.GuestAsync();

        using var response = await guest.PostAsJsonAsync(Api, Body());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Auth.RoleNotAllowed");
    }

    [Fact]
    public async Task Create_Should_Return401_When_Anonymous()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(Api, Body());

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_Should_ApplyDefaults_When_OptionalFieldsAreLeftOut()
    {
        var (_, client) = await factory.HostAsync();
        var body = Body();
        foreach (var field in new[] { "cleaningFee", "amenities", "photos", "minNights", "maxNights", "instantBook", "cancellationPolicy" })
        {
            body.Remove(field);
        }

        var listing = await client.CreateListingAsync(body);

        listing.GetProperty("cleaningFee").GetDecimal().ShouldBe(0m);
        listing.GetProperty("amenities").GetArrayLength().ShouldBe(0);
        listing.GetProperty("minNights").GetInt32().ShouldBe(1);
        listing.GetProperty("maxNights").GetInt32().ShouldBe(365);
        listing.GetProperty("instantBook").GetBoolean().ShouldBeFalse();
        listing.GetProperty("cancellationPolicy").GetString().ShouldBe("flexible");
    }

    public static TheoryData<string, JsonNode?, string> InvalidFields() => new()
    {
        { "description", "", "description" },
        { "description", "   ", "description" },
        { "title", "Tiny", "title" },
        { "title", new string('x', 121), "title" },
        { "title", null, "title" },
        { "description", new string('x', 5001), "description" },
        { "pricePerNight", 0, "pricePerNight" },
        { "pricePerNight", -5, "pricePerNight" },
        { "pricePerNight", 100000.01m, "pricePerNight" },
        { "pricePerNight", 10.005m, "pricePerNight" },
        { "currency", "EURO", "currency" },
        { "currency", "XYZ", "currency" },
        { "cleaningFee", -1, "cleaningFee" },
        { "latitude", 90.5, "latitude" },
        { "latitude", -91, "latitude" },
        { "longitude", 180.1, "longitude" },
        { "longitude", -181, "longitude" },
        { "maxGuests", 0, "maxGuests" },
        { "maxGuests", 51, "maxGuests" },
        { "bedrooms", -1, "bedrooms" },
        { "beds", -1, "beds" },
        { "bathrooms", -1, "bathrooms" },
        { "minNights", 0, "minNights" },
        { "minNights", 366, "minNights" },
        { "maxNights", 366, "maxNights" },
        { "cancellationPolicy", "lenient", "cancellationPolicy" },
        { "amenities", new JsonArray("wifi", "helipad"), "amenities[1]" },
        { "photos", new JsonArray("http://images.example.com/1.jpg"), "photos[0]" },
        { "photos", new JsonArray("https://images.example.com/ok.jpg", "ftp://x/y.jpg"), "photos[1]" },
        { "photos", new JsonArray("not a url"), "photos[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_Should_Return400NamingTheField_When_AFieldBreaksItsRule(string field, JsonNode? value, string reported)
    {
        var (_, client) = await factory.HostAsync();
        var body = Body();
        body[field] = value?.DeepClone();

        using var response = await client.PostAsJsonAsync(Api, body);

        await response.ShouldBeValidationProblemAsync(reported);
    }

    [Theory]
    [InlineData("country", "FRA", "address.country")]
    [InlineData("country", "ZZ", "address.country")]
    [InlineData("city", "", "address.city")]
    [InlineData("street", null, "address.street")]
    public async Task Create_Should_Return400NamingTheAddressField_When_TheAddressIsInvalid(string field, string? value, string reported)
    {
        var (_, client) = await factory.HostAsync();
        var body = Body();
        body["address"]![field] = value;

        using var response = await client.PostAsJsonAsync(Api, body);

        await response.ShouldBeValidationProblemAsync(reported);
    }

    [Fact]
    public async Task Create_Should_Return400_When_MaxNightsIsBelowMinNights()
    {
        var (_, client) = await factory.HostAsync();
        var body = Body();
        body["minNights"] = 10;
        body["maxNights"] = 5;

        using var response = await client.PostAsJsonAsync(Api, body);

        await response.ShouldBeValidationProblemAsync("maxNights");
    }

    [Fact]
    public async Task Create_Should_ReportEveryMissingField_When_TheBodyIsEmpty()
    {
        var (_, client) = await factory.HostAsync();

        using var response = await client.PostAsJsonAsync(Api, new { });

        await response.ShouldBeValidationProblemAsync(
            "title", "description", "address.street", "address.city", "address.country", "latitude", "longitude", "currency",
            "pricePerNight", "maxGuests", "bedrooms", "beds", "bathrooms");
    }

    [Fact]
    public async Task Create_Should_NormaliseCountryAndCurrencyAndDropDuplicateAmenities_When_Sent()
    {
        var (_, client) = await factory.HostAsync();
        var body = Body();
        body["address"]!["country"] = "pt";
        body["currency"] = "eur";
        body["amenities"] = new JsonArray("wifi", "pool", "wifi");

        var listing = await client.CreateListingAsync(body);

        listing.GetProperty("address").GetProperty("country").GetString().ShouldBe("PT");
        listing.GetProperty("currency").GetString().ShouldBe("EUR");
        listing.GetProperty("amenities").EnumerateArray().Select(a => a.GetString()).ShouldBe(["wifi", "pool"]);
    }

    [Fact]
    public async Task GetById_Should_Return404_When_TheListingDoesNotExist()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"{Api}/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Property.NotFound");
    }

    [Fact]
    public async Task Amenities_Should_ListTheCatalogue_When_Requested()
    {
        using var client = factory.CreateClient();

        var catalogue = await client.GetJsonAsync($"{Api}/amenities");

        var codes = catalogue.EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList();
        codes.Count.ShouldBe(20);
        codes.ShouldContain("wifi");
        codes.ShouldContain("ski_in_out");
        catalogue[0].GetProperty("name").GetString().ShouldBe("Wi-Fi");
    }
}
