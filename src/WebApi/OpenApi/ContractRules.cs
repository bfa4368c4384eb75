using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Jobs;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.SearchProperties;
using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.Login;
using AirbnbClone.Application.Users.Logout;
using AirbnbClone.Application.Users.RefreshTokens;
using AirbnbClone.Application.Users.RegisterUser;
using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using static AirbnbClone.WebApi.OpenApi.FieldRule;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// What the OpenAPI document says about each field beyond its CLR type: bounds, enums, patterns and which request
/// fields are required. Numbers come from the domain's constants; the contract tests validate every response of the
/// integration suite against the served document, so a bound stated here that the server does not keep fails a test.
/// </summary>
internal static class ContractRules
{
    /// <summary>Longest ISO 8601 instant the API writes ("2026-11-22T09:30:00.1234567+00:00" is 33).</summary>
    public const int InstantMaxLength = 40;

    /// <summary>Opaque page cursors: what the server hands out is shorter; anything longer is refused as malformed.</summary>
    public const int CursorMaxLength = 200;

    /// <summary>Stored text of a job's last error (JobStore truncates to this).</summary>
    public const int JobErrorMaxLength = 8000;

    /// <summary>Stored length of job type, worker name and deduplication key columns.</summary>
    public const int JobTextMaxLength = 200;

    public const string CountryPattern = "^[A-Z]{2}$";
    public const string CurrencyPattern = "^[A-Z]{3}$";
    public const string PhonePattern = @"^\+?[0-9][0-9 ().-]{4,28}[0-9]$";
    public const string AmenityPattern = "^[a-z0-9_]{1,40}$";
    public const string HttpsUrlPattern = "^https://";
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}$";

    private static readonly FieldRule Name = Text(1, User.MaxNameLength);
    private static readonly FieldRule EmailText = new() { MinLength = 3, MaxLength = Email.MaxLength, Format = "email" };
    private static readonly FieldRule Password = Text(1, PasswordPolicy.MaxLength);
    private static readonly FieldRule NewPassword = Text(PasswordPolicy.MinLength, PasswordPolicy.MaxLength);
    private static readonly FieldRule Phone = Text(6, 30, PhonePattern);
    // RefreshTokenSecret.MaxLength (Application-internal): longer input is refused before any lookup.
    private static readonly FieldRule RefreshToken = Text(1, 128);
    private static readonly FieldRule Country = Text(2, 2, CountryPattern);
    private static readonly FieldRule Currency = Text(3, 3, CurrencyPattern);
    // Per-currency decimals (IsoCodes.MinorUnit) are not expressible as one multipleOf: the descriptions say the rule.
    private const string ListingPriceNote =
        "In the listing's currency, with at most that currency's ISO 4217 minor unit of decimals (JPY and KRW 0, EUR 2, " +
        "BHD and KWD 3); a request with more is refused with 400 naming the field.";

    private const string ComputedAmountNote = "Computed by the server, rounded half away from zero to the currency's ISO 4217 minor unit.";

    private static readonly FieldRule Price = Number(0, PropertyDetails.MaxPrice);
    private static readonly FieldRule ListingPrice = Price with { Description = ListingPriceNote };
    private static readonly FieldRule Money = Number(0, 1_000_000_000m) with { Description = ComputedAmountNote };
    private static readonly FieldRule Nights = Int(1, PropertyDetails.MaxNightsLimit);
    private static readonly FieldRule Rooms = Int(0, PropertyDetails.MaxRooms);
    private static readonly FieldRule Guests = Int(1, PropertyDetails.MaxGuestsLimit);
    private static readonly FieldRule Amenity = new() { MaxLength = 40, Values = [.. Amenities.Catalogue.Select(a => a.Code)] };
    private static readonly FieldRule AmenityList = List(Amenities.Catalogue.Count, Amenity, unique: true);
    private static readonly FieldRule PhotoList = List(PropertyDetails.MaxPhotos, new() { MaxLength = PropertyDetails.MaxPhotoUrlLength, Format = "uri", Pattern = HttpsUrlPattern });
    private static readonly FieldRule Policy = OneOf(PropertyNames.Flexible, PropertyNames.Moderate, PropertyNames.Strict);
    private static readonly FieldRule ListingStatus = OneOf(PropertyNames.Listed, PropertyNames.Unlisted);
    private static readonly FieldRule Latitude = Number(-90, 90);
    private static readonly FieldRule Longitude = Number(-180, 180);
    private static readonly FieldRule Rating = Number(0, 5);
    private static readonly FieldRule Count = Int(0, int.MaxValue);
    private static readonly FieldRule Cursor = Text(1, CursorMaxLength);
    private static readonly FieldRule BookingStatus = OneOf(BookingStatusNames.Pending, BookingStatusNames.Confirmed, BookingStatusNames.Declined,
        BookingStatusNames.Expired, BookingStatusNames.Cancelled, BookingStatusNames.Completed);

    private static readonly Dictionary<string, FieldRule> Address = new()
    {
        ["street"] = Text(1, PropertyDetails.StreetMaxLength),
        ["city"] = Text(1, PropertyDetails.CityMaxLength),
        ["state"] = Text(0, PropertyDetails.StateMaxLength),
        ["country"] = Country,
        ["postalCode"] = Text(0, PropertyDetails.PostalCodeMaxLength),
    };

    private static readonly Dictionary<string, FieldRule> PropertyFields = new()
    {
        ["title"] = Text(PropertyDetails.TitleMinLength, PropertyDetails.TitleMaxLength),
        ["description"] = Text(1, PropertyDetails.DescriptionMaxLength),
        ["latitude"] = Latitude,
        ["longitude"] = Longitude,
        ["pricePerNight"] = Positive(PropertyDetails.MaxPrice) with { Description = ListingPriceNote },
        ["currency"] = Currency,
        ["cleaningFee"] = ListingPrice,
        ["maxGuests"] = Guests,
        ["bedrooms"] = Rooms,
        ["beds"] = Rooms,
        ["bathrooms"] = Rooms,
        ["amenities"] = AmenityList,
        ["photos"] = PhotoList,
        ["minNights"] = Nights,
        ["maxNights"] = Nights,
        ["cancellationPolicy"] = Policy,
        ["status"] = ListingStatus,
        ["ratingAverage"] = Rating,
        ["reviewCount"] = Count,
    };

    private static readonly Dictionary<string, FieldRule> PriceFields = new()
    {
        ["nights"] = Int(1, SearchCriteria.MaxStayNights),
        ["nightlyRate"] = Price,
        ["subtotal"] = Money,
        ["cleaningFee"] = Price,
        ["serviceFee"] = Money,
        ["total"] = Money,
        ["currency"] = Currency,
    };

    private static readonly Dictionary<string, FieldRule> StayFields = new()
    {
        ["guests"] = Guests,
    };

    private static readonly Dictionary<string, FieldRule> UserFields = new()
    {
        ["email"] = EmailText,
        ["password"] = Password,
        ["firstName"] = Name,
        ["lastName"] = Name,
        ["phoneNumber"] = Phone,
        ["role"] = OneOf(RoleNames.Guest, RoleNames.Host, RoleNames.Admin),
        ["refreshToken"] = RefreshToken,
        ["currentPassword"] = Password,
        ["newPassword"] = NewPassword,
    };

    /// <summary>Field rules per schema type (camelCase JSON names).</summary>
    public static readonly Dictionary<Type, Dictionary<string, FieldRule>> Fields = new()
    {
        [typeof(RegisterUserCommand)] = Merge(UserFields, new() { ["password"] = NewPassword, ["role"] = OneOf(RoleNames.Guest, RoleNames.Host) }),
        [typeof(LoginCommand)] = UserFields,
        [typeof(RefreshTokenCommand)] = UserFields,
        [typeof(LogoutCommand)] = UserFields,
        [typeof(UpdateCurrentUserCommand)] = UserFields,
        [typeof(UserResponse)] = UserFields,
        [typeof(TokenResponse)] = new()
        {
            ["accessToken"] = Text(1, 4096),
            ["refreshToken"] = RefreshToken,
            ["expiresIn"] = Int(1, 86_400),
            ["tokenType"] = OneOf("Bearer"),
        },
        [typeof(PropertyBody)] = PropertyFields,
        [typeof(PropertyResponse)] = PropertyFields,
        [typeof(PropertySummaryResponse)] = Merge(PropertyFields, new()
        {
            ["city"] = Address["city"],
            ["country"] = Country,
            ["photoUrl"] = PhotoList.Items!,
        }),
        [typeof(AddressBody)] = Address,
        [typeof(AddressResponse)] = Address,
        [typeof(HostSummary)] = new() { ["firstName"] = Name },
        [typeof(AmenityResponse)] = new() { ["code"] = Amenity, ["name"] = Text(1, 100) },
        [typeof(AvailabilityResponse)] = new()
        {
            ["currency"] = Currency,
            ["days"] = List(Property.MaxBlockNights, new()),
        },
        [typeof(AvailabilityDay)] = new() { ["price"] = Price },
        [typeof(BookingBody)] = StayFields,
        [typeof(QuoteResponse)] = StayFields,
        [typeof(BookingResponse)] = Merge(StayFields, new() { ["status"] = BookingStatus }),
        [typeof(PriceResponse)] = PriceFields,
        [typeof(RefundResponse)] = new() { ["amount"] = Money, ["currency"] = Currency },
        [typeof(JobResponse)] = new()
        {
            ["type"] = Text(1, JobTextMaxLength),
            ["state"] = OneOf([.. JobStates.All]),
            ["attempts"] = Int(0, 1000),
            ["maxAttempts"] = Int(1, 1000),
            ["lockedBy"] = Text(1, JobTextMaxLength),
            ["lastError"] = Text(0, JobErrorMaxLength),
            ["deduplicationKey"] = Text(1, JobTextMaxLength),
        },
    };

    /// <summary>Whole-body lists: the amenity catalogue.</summary>
    public static readonly Dictionary<Type, FieldRule> Lists = new()
    {
        [typeof(IReadOnlyList<AmenityResponse>)] = List(Amenities.Catalogue.Count, new()),
    };

    /// <summary>Properties a request body must carry (absent or null is a 400 naming the field).</summary>
    public static readonly Dictionary<Type, string[]> RequiredInRequests = new()
    {
        [typeof(RegisterUserCommand)] = ["email", "password", "firstName", "lastName"],
        [typeof(LoginCommand)] = ["email", "password"],
        [typeof(RefreshTokenCommand)] = ["refreshToken"],
        [typeof(LogoutCommand)] = ["refreshToken"],
        [typeof(UpdateCurrentUserCommand)] = [],
        [typeof(PropertyBody)] =
        [
            "title", "description", "address", "latitude", "longitude", "pricePerNight", "currency", "maxGuests", "bedrooms", "beds", "bathrooms",
        ],
        [typeof(AddressBody)] = ["street", "city", "country"],
        [typeof(BookingBody)] = ["propertyId", "checkIn", "checkOut", "guests"],
        [typeof(BlockBody)] = ["start", "end"],
    };

    /// <summary>Array bounds of the page envelope: one page holds at most <see cref="Cursor.MaxLimit"/> items.</summary>
    public static readonly FieldRule PageItems = List(Application.Abstractions.Pagination.Cursor.MaxLimit, new());

    public static readonly FieldRule PageCursor = Cursor;

    public static bool IsPage(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResponse<>);

    private static Dictionary<string, FieldRule> Merge(Dictionary<string, FieldRule> shared, Dictionary<string, FieldRule> overrides)
    {
        var merged = new Dictionary<string, FieldRule>(shared, StringComparer.Ordinal);
        foreach (var (field, rule) in overrides)
        {
            merged[field] = rule;
        }

        return merged;
    }
}
