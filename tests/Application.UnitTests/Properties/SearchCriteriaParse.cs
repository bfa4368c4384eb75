using AirbnbClone.Application.Properties.SearchProperties;

namespace AirbnbClone.Application.UnitTests.Properties;

/// <summary>SearchCriteriaParser: the query string as text to typed criteria, or every problem by parameter name.</summary>
public class SearchCriteriaParse
{
    private static readonly DateOnly Today = new(2030, 1, 1);

    [Fact]
    public void Parse_Should_DefaultToRatingAndTwenty_When_NothingIsGiven()
    {
        var (criteria, errors) = SearchCriteriaParser.Parse(new SearchParameters(), Today);

        errors.ShouldBeEmpty();
        criteria!.Sort.ShouldBe(SearchSort.Rating);
        criteria.Limit.ShouldBe(20);
        criteria.After.ShouldBeNull();
        criteria.Amenities.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_Should_ReadEveryFilter_When_AllAreValid()
    {
        var parameters = new SearchParameters
        {
            City = " Lisbon ", Country = "pt", Lat = "38.7", Lng = "-9.1", RadiusKm = "10",
            MinLat = "38", MinLng = "-10", MaxLat = "39", MaxLng = "-9",
            CheckIn = "2030-02-01", CheckOut = "2030-02-05", Guests = "3", MinPrice = "50", MaxPrice = "150.50",
            Amenities = "wifi, pool,wifi", InstantBook = "true", Sort = "-price", Limit = "50",
        };

        var (criteria, errors) = SearchCriteriaParser.Parse(parameters, Today);

        errors.ShouldBeEmpty();
        criteria!.City.ShouldBe("Lisbon");
        criteria.Country.ShouldBe("PT");
        criteria.Radius.ShouldBe((38.7, -9.1, 10.0));
        criteria.Box.ShouldBe((38.0, -10.0, 39.0, -9.0));
        criteria.Stay.ShouldBe((new DateOnly(2030, 2, 1), new DateOnly(2030, 2, 5)));
        criteria.Guests.ShouldBe(3);
        criteria.MinPrice.ShouldBe(50m);
        criteria.MaxPrice.ShouldBe(150.50m);
        criteria.Amenities.ShouldBe(["pool", "wifi"]);
        criteria.InstantBook.ShouldBe(true);
        criteria.Sort.ShouldBe(SearchSort.PriceDescending);
        criteria.Limit.ShouldBe(50);
    }

    [Fact]
    public void Parse_Should_TakeTheCursorPosition_When_ItBelongsToTheSameSort()
    {
        var position = new SearchPosition(SearchSort.Price, 120.5m, 0, Guid.NewGuid());

        var (criteria, errors) = SearchCriteriaParser.Parse(new SearchParameters { Sort = "price", Cursor = position.Encode() }, Today);

        errors.ShouldBeEmpty();
        criteria!.After.ShouldBe(position);
    }

    [Theory]
    [InlineData("city", "Must be at most 100 characters.")]
    [InlineData("country", "Must be an ISO 3166-1 alpha-2 country code such as \"FR\".")]
    [InlineData("lat", "Must be between -90 and 90.")]
    [InlineData("radiusKm", "Must be more than 0 and at most 500 km.")]
    [InlineData("guests", "Must be a whole number.")]
    [InlineData("minPrice", "Must not be negative.")]
    [InlineData("instantBook", "Must be true or false.")]
    [InlineData("sort", "Must be one of: price, -price, rating, newest.")]
    [InlineData("limit", "Must be between 1 and 100.")]
    [InlineData("cursor", "The cursor is malformed; pass back a nextCursor value unchanged.")]
    public void Parse_Should_NameTheParameterAndGiveNoCriteria_When_OneIsMalformed(string name, string message)
    {
        var parameters = name switch
        {
            "city" => new SearchParameters { City = new string('x', 200) },
            "country" => new SearchParameters { Country = "XX" },
            "lat" => new SearchParameters { Lat = "91", Lng = "0", RadiusKm = "5" },
            "radiusKm" => new SearchParameters { Lat = "1", Lng = "0", RadiusKm = "0" },
            "guests" => new SearchParameters { Guests = "two" },
            "minPrice" => new SearchParameters { MinPrice = "-1" },
            "instantBook" => new SearchParameters { InstantBook = "maybe" },
            "sort" => new SearchParameters { Sort = "cheapest" },
            "limit" => new SearchParameters { Limit = "101" },
            _ => new SearchParameters { Cursor = "not-a-cursor" },
        };

        var (criteria, errors) = SearchCriteriaParser.Parse(parameters, Today);

        criteria.ShouldBeNull();
        errors.Keys.ShouldBe([name]);
        errors[name].ShouldBe(message);
    }

    [Fact]
    public void Parse_Should_NameEveryMissingPartner_When_OnlyPartOfAGroupIsGiven()
    {
        var (criteria, errors) = SearchCriteriaParser.Parse(new SearchParameters { Lat = "10", MinLat = "1", MaxLng = "2" }, Today);

        criteria.ShouldBeNull();
        errors.Keys.ShouldBe(["lng", "radiusKm", "minLng", "maxLat"], ignoreOrder: true);
        errors["lng"].ShouldBe("lat, lng, radiusKm go together.");
        errors["maxLat"].ShouldBe("minLat, minLng, maxLat, maxLng go together.");
    }

    [Theory]
    [InlineData("2030-02-05", "2030-02-05", "checkOut", "Must be after checkIn (check-out day is not a night of the stay).")]
    [InlineData("2030-02-05", "2031-02-06", "checkOut", "A stay is at most 365 nights.")]
    [InlineData("05/02/2030", "2030-02-06", "checkIn", "Must be a date as YYYY-MM-DD.")]
    public void Parse_Should_RefuseTheStay_When_TheDatesDoNotMakeOne(string checkIn, string checkOut, string name, string message)
    {
        var (criteria, errors) = SearchCriteriaParser.Parse(new SearchParameters { CheckIn = checkIn, CheckOut = checkOut }, Today);

        criteria.ShouldBeNull();
        errors[name].ShouldBe(message);
    }

    [Fact]
    public void Parse_Should_ReportEveryProblemAtOnce_When_SeveralParametersAreWrong()
    {
        var (criteria, errors) = SearchCriteriaParser.Parse(
            new SearchParameters { MinPrice = "100", MaxPrice = "50", Amenities = "wifi,jacuzzi-on-the-moon", MinLat = "5", MinLng = "0", MaxLat = "4", MaxLng = "1" },
            Today);

        criteria.ShouldBeNull();
        errors["maxPrice"].ShouldBe("Must not be less than minPrice.");
        errors["amenities"].ShouldStartWith("Unknown amenity: jacuzzi-on-the-moon.");
        errors["maxLat"].ShouldBe("Must not be less than minLat.");
        errors.Count.ShouldBe(3);
    }

    [Fact]
    public void Parse_Should_RefuseTheCursor_When_ItBelongsToAnotherSort()
    {
        var cursor = new SearchPosition(SearchSort.Newest, 0, 638_000_000_000_000_010, Guid.NewGuid()).Encode();

        var (criteria, errors) = SearchCriteriaParser.Parse(new SearchParameters { Sort = "price", Cursor = cursor }, Today);

        criteria.ShouldBeNull();
        errors["cursor"].ShouldBe("The cursor belongs to another sort; keep the sort of the first page.");
    }

    [Fact]
    public void Parse_Should_Throw_When_ParametersAreNull() =>
        Should.Throw<ArgumentNullException>(() => SearchCriteriaParser.Parse(null!, Today));
}
