using System.Net;
using System.Text.Json.Nodes;
using AirbnbClone.IntegrationTests.Infrastructure;
using static AirbnbClone.IntegrationTests.Properties.PropertyTestKit;

namespace AirbnbClone.IntegrationTests.Properties;

/// <summary>GET /api/v1/properties: each filter, combinations, half-open stays, keyset pages under each sort, bad parameters.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SearchPropertiesTests(ApiFactory factory)
{
    private readonly HttpClient _anonymous = factory.CreateClient();

    [Fact]
    public async Task Search_Should_MatchCityCaseInsensitivelyAndCountry_When_Filtered()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var pt = (await host.CreateListingAsync(Body(city))).Id();
        var es = Body(city);
        es["address"]!["country"] = "ES";
        var spain = (await host.CreateListingAsync(es)).Id();

        (await _anonymous.SearchAsync($"city={Uri.EscapeDataString(city.ToUpperInvariant())}")).Ids.Order().ShouldBe(new[] { pt, spain }.Order());
        (await _anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}&country=es")).Ids.ShouldBe([spain]);
    }

    [Fact]
    public async Task Search_Should_ReturnOnlyListingsWithinTheRadius_When_LatLngRadiusGiven()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        // Around a point in the South Atlantic no other test uses: 0.1 degree of latitude is about 11.1 km.
        var near = (await host.CreateListingAsync(Body(city, latitude: -40.00, longitude: -20.00))).Id();
        var ten = (await host.CreateListingAsync(Body(city, latitude: -40.09, longitude: -20.00))).Id();
        var far = (await host.CreateListingAsync(Body(city, latitude: -40.30, longitude: -20.00))).Id();

        (await _anonymous.SearchAsync("lat=-40&lng=-20&radiusKm=5")).Ids.ShouldBe([near]);
        (await _anonymous.SearchAsync("lat=-40&lng=-20&radiusKm=12")).Ids.Order().ShouldBe(new[] { near, ten }.Order());
        (await _anonymous.SearchAsync("lat=-40&lng=-20&radiusKm=50")).Ids.Order().ShouldBe(new[] { near, ten, far }.Order());
    }

    [Fact]
    public async Task Search_Should_ReturnOnlyListingsInTheBoxWithinThePriceRange_When_MapBoxAndPriceGiven()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var cheapInside = (await host.CreateListingAsync(Body(city, price: 60m, latitude: -45.05, longitude: -25.05))).Id();
        var dearInside = (await host.CreateListingAsync(Body(city, price: 400m, latitude: -45.06, longitude: -25.02))).Id();
        var midInside = (await host.CreateListingAsync(Body(city, price: 150m, latitude: -45.01, longitude: -25.09))).Id();
        _ = (await host.CreateListingAsync(Body(city, price: 150m, latitude: -45.20, longitude: -25.05))).Id();

        var box = "minLat=-45.1&minLng=-25.1&maxLat=-45&maxLng=-25";
        (await _anonymous.SearchAsync(box)).Ids.Order().ShouldBe(new[] { cheapInside, dearInside, midInside }.Order());
        (await _anonymous.SearchAsync($"{box}&minPrice=100&maxPrice=200")).Ids.ShouldBe([midInside]);
        (await _anonymous.SearchAsync($"{box}&maxPrice=150&sort=price")).Ids.ShouldBe([cheapInside, midInside]);
        (await _anonymous.SearchAsync($"{box}&minPrice=150&sort=-price")).Ids.ShouldBe([dearInside, midInside]);
    }

    [Fact]
    public async Task Search_Should_RequireEveryAmenityGuestsAndInstantBook_When_Filtered()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var both = Body(city, maxGuests: 6);
        both["amenities"] = new JsonArray("wifi", "pool", "kitchen");
        var bothId = (await host.CreateListingAsync(both)).Id();
        var wifiOnly = Body(city, maxGuests: 2);
        wifiOnly["amenities"] = new JsonArray("wifi");
        wifiOnly["instantBook"] = false;
        var wifiOnlyId = (await host.CreateListingAsync(wifiOnly)).Id();
        var q = $"city={Uri.EscapeDataString(city)}";

        (await _anonymous.SearchAsync($"{q}&amenities=wifi")).Ids.Order().ShouldBe(new[] { bothId, wifiOnlyId }.Order());
        (await _anonymous.SearchAsync($"{q}&amenities=pool,wifi")).Ids.ShouldBe([bothId]);
        (await _anonymous.SearchAsync($"{q}&amenities=pool,gym")).Ids.ShouldBeEmpty();
        (await _anonymous.SearchAsync($"{q}&guests=3")).Ids.ShouldBe([bothId]);
        (await _anonymous.SearchAsync($"{q}&guests=2")).Ids.Count.ShouldBe(2);
        (await _anonymous.SearchAsync($"{q}&instantBook=false")).Ids.ShouldBe([wifiOnlyId]);
        (await _anonymous.SearchAsync($"{q}&instantBook=true&amenities=wifi&guests=6&minPrice=100")).Ids.ShouldBe([bothId]);
    }

    [Fact]
    public async Task Search_Should_ReturnOnlyListingsFreeForTheWholeStay_When_DatesGiven()
    {
        var (_, host) = await factory.HostAsync();
        var (guest, _) = await factory.GuestAsync();
        var city = UniqueCity();
        var booked = (await host.CreateListingAsync(Body(city))).Id();
        var blocked = (await host.CreateListingAsync(Body(city))).Id();
        var pending = (await host.CreateListingAsync(Body(city))).Id();
        var cancelled = (await host.CreateListingAsync(Body(city))).Id();
        var free = (await host.CreateListingAsync(Body(city))).Id();
        await factory.InsertBookingAsync(booked, guest.Id, Today.AddDays(10), Today.AddDays(15));
        await factory.InsertBookingAsync(pending, guest.Id, Today.AddDays(12), Today.AddDays(13), "pending");
        await factory.InsertBookingAsync(cancelled, guest.Id, Today.AddDays(10), Today.AddDays(15), "cancelled");
        using (var block = await host.PostAsync($"{Api}/{blocked}/blocks", System.Net.Http.Json.JsonContent.Create(new { start = Date(Today.AddDays(14)), end = Date(Today.AddDays(20)) })))
        {
            await block.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        async Task<List<Guid>> Stay(int from, int to) =>
            (await _anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}&checkIn={Date(Today.AddDays(from))}&checkOut={Date(Today.AddDays(to))}")).Ids;

        (await Stay(11, 13)).Order().ShouldBe(new[] { blocked, cancelled, free }.Order());
        // Half-open: a stay may end on the day a booking starts and start on the day it ends.
        (await Stay(8, 10)).Order().ShouldBe(new[] { booked, blocked, pending, cancelled, free }.Order());
        (await Stay(15, 16)).Order().ShouldBe(new[] { booked, pending, cancelled, free }.Order());
        (await Stay(14, 15)).Order().ShouldBe(new[] { pending, cancelled, free }.Order());
        (await Stay(20, 22)).Count.ShouldBe(5);
        (await Stay(19, 20)).ShouldNotContain(blocked);
    }

    [Theory]
    [InlineData("price")]
    [InlineData("-price")]
    [InlineData("rating")]
    [InlineData("newest")]
    public async Task Search_Should_ReturnEveryMatchExactlyOnceInOrder_When_WalkingAllPages(string sort)
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var created = new List<Guid>();
        // Repeated prices, so ties are broken by id across page boundaries.
        foreach (var price in new[] { 50m, 70m, 70m, 70m, 90m, 110m, 110m, 130m, 150m, 150m, 150m })
        {
            created.Add((await host.CreateListingAsync(Body(city, price: price))).Id());
        }

        var seen = new List<Guid>();
        var prices = new List<decimal>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var query = $"city={Uri.EscapeDataString(city)}&sort={Uri.EscapeDataString(sort)}&limit=3" + (cursor is null ? string.Empty : $"&cursor={cursor}");
            var (ids, next, page) = await _anonymous.SearchAsync(query);
            seen.AddRange(ids);
            prices.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("pricePerNight").GetDecimal()));
            cursor = next;
            pages++;
        }
        while (cursor is not null && pages < 10);

        pages.ShouldBe(4);
        seen.Count.ShouldBe(created.Count);
        seen.Distinct().Count().ShouldBe(created.Count);
        seen.Order().ShouldBe(created.Order());
        switch (sort)
        {
            case "price":
                prices.ShouldBe(prices.Order().ToList());
                break;
            case "-price":
                prices.ShouldBe(prices.OrderDescending().ToList());
                break;
            case "newest":
                seen.ShouldBe(created.AsEnumerable().Reverse().ToList());
                break;
        }
    }

    [Fact]
    public async Task Search_Should_AnswerAnEmptyLastPage_When_NothingMatches()
    {
        var (ids, next, _) = await _anonymous.SearchAsync($"city={Uri.EscapeDataString(UniqueCity())}");

        ids.ShouldBeEmpty();
        next.ShouldBeNull();
    }

    [Theory]
    [InlineData("checkIn=2030-01-10&checkOut=2030-01-10", "checkOut")]
    [InlineData("checkIn=2030-01-10&checkOut=2030-01-09", "checkOut")]
    [InlineData("checkIn=2030-01-10", "checkOut")]
    [InlineData("checkOut=2030-01-10", "checkIn")]
    [InlineData("checkIn=10/01/2030&checkOut=2030-01-12", "checkIn")]
    [InlineData("checkIn=2001-01-10&checkOut=2001-01-12", "checkIn")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("lat=10&lng=10&radiusKm=501", "radiusKm")]
    [InlineData("lat=10&lng=10&radiusKm=0", "radiusKm")]
    [InlineData("lat=10&lng=10", "radiusKm")]
    [InlineData("lat=91&lng=10&radiusKm=5", "lat")]
    [InlineData("lat=abc&lng=10&radiusKm=5", "lat")]
    [InlineData("minLat=1&minLng=1&maxLat=2", "maxLng")]
    [InlineData("minLat=2&minLng=1&maxLat=1&maxLng=2", "maxLat")]
    [InlineData("minLat=1&minLng=2&maxLat=2&maxLng=1", "maxLng")]
    [InlineData("amenities=wifi,helipad", "amenities")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("sort=PRICE", "sort")]
    [InlineData("cursor=not-a-cursor!", "cursor")]
    [InlineData("cursor=bm9wZQ", "cursor")]
    [InlineData("minPrice=cheap", "minPrice")]
    [InlineData("maxPrice=1e9x", "maxPrice")]
    [InlineData("minPrice=-1", "minPrice")]
    [InlineData("minPrice=200&maxPrice=100", "maxPrice")]
    [InlineData("guests=0", "guests")]
    [InlineData("guests=two", "guests")]
    [InlineData("guests=51", "guests")]
    [InlineData("instantBook=maybe", "instantBook")]
    [InlineData("country=XX", "country")]
    public async Task Search_Should_Return400NamingTheParameter_When_ItIsInvalid(string query, string parameter)
    {
        using var response = await _anonymous.GetAsync($"{Api}?{query}");

        await response.ShouldBeValidationProblemAsync(parameter);
    }

    [Fact]
    public async Task Search_Should_Return400_When_ACursorOfAnotherSortIsSent()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        await host.CreateListingAsync(Body(city));
        await host.CreateListingAsync(Body(city));
        var (_, next, _) = await _anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}&sort=price&limit=1");
        next.ShouldNotBeNull();

        using var response = await _anonymous.GetAsync($"{Api}?city={Uri.EscapeDataString(city)}&sort=newest&limit=1&cursor={next}");

        await response.ShouldBeValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task Search_Should_AnswerTheItemShape_When_Matching()
    {
        var (_, host) = await factory.HostAsync();
        var city = UniqueCity();
        var id = (await host.CreateListingAsync(Body(city))).Id();

        var (_, _, page) = await _anonymous.SearchAsync($"city={Uri.EscapeDataString(city)}");

        var item = page.GetProperty("items")[0];
        item.GetProperty("id").GetGuid().ShouldBe(id);
        item.GetProperty("city").GetString().ShouldBe(city);
        item.GetProperty("country").GetString().ShouldBe("PT");
        item.GetProperty("currency").GetString().ShouldBe("EUR");
        item.GetProperty("photoUrl").GetString().ShouldBe("https://images.example.com/loft/1.jpg");
        item.GetProperty("maxGuests").GetInt32().ShouldBe(4);
        item.GetProperty("bedrooms").GetInt32().ShouldBe(2);
        item.GetProperty("instantBook").GetBoolean().ShouldBeTrue();
        item.GetProperty("minNights").GetInt32().ShouldBe(1);
        item.GetProperty("maxNights").GetInt32().ShouldBe(30);
        item.GetProperty("ratingAverage").GetDecimal().ShouldBe(0m);
        item.GetProperty("reviewCount").GetInt32().ShouldBe(0);
        item.GetProperty("amenities").GetArrayLength().ShouldBe(2);
        item.TryGetProperty("latitude", out _).ShouldBeTrue();
        item.TryGetProperty("longitude", out _).ShouldBeTrue();
    }
}
