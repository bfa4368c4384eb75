using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Domain.UnitTests.Properties;

public class PropertyDetailsCreate
{
    internal static PropertyDraft Valid() => new()
    {
        Title = "Sunny loft",
        Description = "Near the river.",
        Street = "Rua 1",
        City = "Lisbon",
        Country = "PT",
        Latitude = 38.7,
        Longitude = -9.1,
        PricePerNight = 120m,
        Currency = "EUR",
        CleaningFee = 20m,
        MaxGuests = 4,
        Bedrooms = 2,
        Beds = 2,
        Bathrooms = 1,
        Amenities = ["wifi"],
        Photos = ["https://img.example.com/1.jpg"],
    };

    [Fact]
    public void Create_Should_Succeed_When_EveryRuleHolds()
    {
        var result = PropertyDetails.Create(Valid());

        result.IsSuccess.ShouldBeTrue();
        result.Value.PricePerNight.Amount.ShouldBe(120m);
        result.Value.PricePerNight.Currency.ShouldBe("EUR");
        result.Value.MinNights.ShouldBe(1);
        result.Value.MaxNights.ShouldBe(365);
        result.Value.CancellationPolicy.ShouldBe(CancellationPolicy.Flexible);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(120, true)]
    [InlineData(4, false)]
    [InlineData(121, false)]
    public void Create_Should_CheckTitleLength_When_TitleIsGiven(int length, bool valid) =>
        Fails(Valid() with { Title = new string('a', length) }, "title").ShouldBe(!valid);

    // Issue 10, defect 11: an empty description was accepted though the contract requires one.
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Create_Should_FailDescription_When_ItIsMissingOrBlank(string? description) =>
        Fails(Valid() with { Description = description }, "description").ShouldBeTrue();

    [Theory]
    [InlineData(0.01, true)]
    [InlineData(100000, true)]
    [InlineData(0, false)]
    [InlineData(100000.01, false)]
    [InlineData(9.999, false)]
    public void Create_Should_CheckPrice_When_PriceIsGiven(decimal price, bool valid) =>
        Fails(Valid() with { PricePerNight = price }, "pricePerNight").ShouldBe(!valid);

    [Theory]
    [InlineData(-90, -180, true)]
    [InlineData(90, 180, true)]
    [InlineData(-90.0001, 0, false)]
    [InlineData(0, 180.0001, false)]
    public void Create_Should_CheckCoordinates_When_Given(double latitude, double longitude, bool valid)
    {
        var draft = Valid() with { Latitude = latitude, Longitude = longitude };

        (Fails(draft, "latitude") || Fails(draft, "longitude")).ShouldBe(!valid);
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(365, 365, true)]
    [InlineData(0, 10, false)]
    [InlineData(10, 9, false)]
    [InlineData(1, 366, false)]
    public void Create_Should_CheckNights_When_Given(int min, int max, bool valid)
    {
        var draft = Valid() with { MinNights = min, MaxNights = max };

        (Fails(draft, "minNights") || Fails(draft, "maxNights")).ShouldBe(!valid);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(50, true)]
    [InlineData(0, false)]
    [InlineData(51, false)]
    public void Create_Should_CheckMaxGuests_When_Given(int guests, bool valid) =>
        Fails(Valid() with { MaxGuests = guests }, "maxGuests").ShouldBe(!valid);

    [Theory]
    [InlineData("https://a.example/x.jpg", true)]
    [InlineData("http://a.example/x.jpg", false)]
    [InlineData("https://user:pw@a.example/x.jpg", false)]
    [InlineData("/relative.jpg", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Create_Should_AcceptOnlyHttpsPhotoUrls_When_PhotosAreGiven(string url, bool valid) =>
        Fails(Valid() with { Photos = [url] }, "photos[0]").ShouldBe(!valid);

    [Fact]
    public void Create_Should_RefuseUnknownAmenitiesAndDropDuplicates_When_AmenitiesAreGiven()
    {
        Fails(Valid() with { Amenities = ["wifi", "moat"] }, "amenities[1]").ShouldBeTrue();
        PropertyDetails.Create(Valid() with { Amenities = ["wifi", "pool", "wifi"] }).Value.Amenities.ShouldBe(["wifi", "pool"]);
    }

    [Theory]
    [InlineData("FR", "EUR", true)]
    [InlineData("fr", "eur", true)]
    [InlineData("XX", "EUR", false)]
    [InlineData("FR", "ABC", false)]
    public void Create_Should_CheckIsoCodes_When_CountryAndCurrencyAreGiven(string country, string currency, bool valid)
    {
        var draft = Valid() with { Country = country, Currency = currency };

        (Fails(draft, "address.country") || Fails(draft, "currency")).ShouldBe(!valid);
    }

    [Fact]
    public void Create_Should_RefuseNegativeRoomsAndFees_When_Given()
    {
        var draft = Valid() with { Bedrooms = -1, Beds = -1, Bathrooms = -1, CleaningFee = -1 };

        var errors = ((ValidationError)PropertyDetails.Create(draft).Error).Errors;

        errors.Keys.Order().ShouldBe(["bathrooms", "bedrooms", "beds", "cleaningFee"]);
    }

    [Fact]
    public void Create_Should_RefuseUnknownCancellationPolicy_When_Given() =>
        Fails(Valid() with { CancellationPolicy = "lenient" }, "cancellationPolicy").ShouldBeTrue();

    private static bool Fails(PropertyDraft draft, string field) =>
        PropertyDetails.Create(draft) is { IsFailure: true, Error: ValidationError errors } && errors.Errors.ContainsKey(field);
}
