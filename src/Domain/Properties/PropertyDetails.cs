using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Properties;

/// <summary>A checked, normalised description of a listing: every rule of a listing's content holds.</summary>
public sealed class PropertyDetails
{
    public const int TitleMinLength = 5;
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 5000;
    public const int StreetMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int StateMaxLength = 100;
    public const int PostalCodeMaxLength = 20;
    public const decimal MaxPrice = 100_000m;
    public const int MaxGuestsLimit = 50;
    public const int MaxRooms = 50;
    public const int MaxNightsLimit = 365;
    public const int MaxPhotos = 50;
    public const int MaxPhotoUrlLength = 2048;

    private PropertyDetails()
    {
        Title = Description = string.Empty;
        Address = null!;
        PricePerNight = CleaningFee = null!;
        Amenities = Photos = [];
    }

    public string Title { get; private init; }
    public string Description { get; private init; }
    public Address Address { get; private init; }
    public double Latitude { get; private init; }
    public double Longitude { get; private init; }
    public Money PricePerNight { get; private init; }
    public Money CleaningFee { get; private init; }
    public int MaxGuests { get; private init; }
    public int Bedrooms { get; private init; }
    public int Beds { get; private init; }
    public int Bathrooms { get; private init; }
    public IReadOnlyList<string> Amenities { get; private init; }
    public IReadOnlyList<string> Photos { get; private init; }
    public int MinNights { get; private init; }
    public int MaxNights { get; private init; }
    public bool InstantBook { get; private init; }
    public CancellationPolicy CancellationPolicy { get; private init; }

    /// <summary>
    /// Checks every rule at once. A failure is a <see cref="ValidationError"/> naming each offending field as the
    /// JSON body spells it ("title", "address.country", "amenities[2]"). A description is required (not blank). Optional
    /// fields default:
    /// cleaning fee 0, no amenities or photos, 1-365 nights, no instant book, flexible policy.
    /// </summary>
    public static Result<PropertyDetails> Create(PropertyDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        var title = draft.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            Fail("title", "A title is required.");
        }
        else if (title.Length is < TitleMinLength or > TitleMaxLength)
        {
            Fail("title", $"Must be {TitleMinLength} to {TitleMaxLength} characters.");
        }
        else if (title.Any(char.IsControl))
        {
            Fail("title", "Must not contain control characters.");
        }

        var description = draft.Description?.Trim() ?? string.Empty;
        if (description.Length == 0)
        {
            Fail("description", "A description is required.");
        }
        else if (description.Length > DescriptionMaxLength)
        {
            Fail("description", $"Must be at most {DescriptionMaxLength} characters.");
        }
        else if (description.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Fail("description", "Must not contain control characters other than line breaks and tabs.");
        }

        var street = RequiredText(draft.Street, "address.street", StreetMaxLength, Fail);
        var city = RequiredText(draft.City, "address.city", CityMaxLength, Fail);
        var state = OptionalText(draft.State, "address.state", StateMaxLength, Fail);
        var postalCode = OptionalText(draft.PostalCode, "address.postalCode", PostalCodeMaxLength, Fail);
        var country = draft.Country?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country))
        {
            Fail("address.country", "A country is required.");
        }
        else if (!IsoCodes.IsCountry(country))
        {
            Fail("address.country", "Must be an ISO 3166-1 alpha-2 country code such as \"FR\".");
        }

        if (draft.Latitude is not { } latitude)
        {
            Fail("latitude", "A latitude is required.");
        }
        else if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            Fail("latitude", "Must be between -90 and 90.");
        }

        if (draft.Longitude is not { } longitude)
        {
            Fail("longitude", "A longitude is required.");
        }
        else if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            Fail("longitude", "Must be between -180 and 180.");
        }

        var currency = draft.Currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(currency))
        {
            Fail("currency", "A currency is required.");
        }
        else if (!IsoCodes.IsCurrency(currency))
        {
            Fail("currency", "Must be an ISO 4217 currency code such as \"EUR\".");
        }

        if (draft.PricePerNight is not { } price)
        {
            Fail("pricePerNight", "A nightly price is required.");
        }
        else if (price <= 0 || price > MaxPrice)
        {
            Fail("pricePerNight", $"Must be more than 0 and at most {MaxPrice:0}.");
        }
        else if (!Money.FitsMinorUnit(price, currency ?? string.Empty))
        {
            Fail("pricePerNight", MinorUnitMessage(currency));
        }

        var cleaningFee = draft.CleaningFee ?? 0m;
        if (cleaningFee < 0 || cleaningFee > MaxPrice)
        {
            Fail("cleaningFee", $"Must be between 0 and {MaxPrice:0}.");
        }
        else if (!Money.FitsMinorUnit(cleaningFee, currency ?? string.Empty))
        {
            Fail("cleaningFee", MinorUnitMessage(currency));
        }

        RequiredCount(draft.MaxGuests, "maxGuests", 1, MaxGuestsLimit, Fail);
        RequiredCount(draft.Bedrooms, "bedrooms", 0, MaxRooms, Fail);
        RequiredCount(draft.Beds, "beds", 0, MaxRooms, Fail);
        RequiredCount(draft.Bathrooms, "bathrooms", 0, MaxRooms, Fail);

        var amenities = new List<string>();
        var amenityIndex = 0;
        foreach (var amenity in draft.Amenities ?? [])
        {
            if (!Properties.Amenities.IsKnown(amenity))
            {
                Fail($"amenities[{amenityIndex}]", "Unknown amenity; GET /api/v1/properties/amenities lists the catalogue.");
            }
            else if (!amenities.Contains(amenity))
            {
                amenities.Add(amenity);
            }

            amenityIndex++;
        }

        var photos = draft.Photos ?? [];
        if (photos.Count > MaxPhotos)
        {
            Fail("photos", $"At most {MaxPhotos} photos.");
        }

        for (var i = 0; i < photos.Count; i++)
        {
            if (!IsHttpsUrl(photos[i]))
            {
                Fail($"photos[{i}]", $"Must be an absolute https URL of at most {MaxPhotoUrlLength} characters.");
            }
        }

        var minNights = draft.MinNights ?? 1;
        var maxNights = draft.MaxNights ?? MaxNightsLimit;
        if (minNights is < 1 or > MaxNightsLimit)
        {
            Fail("minNights", $"Must be between 1 and {MaxNightsLimit}.");
        }

        if (maxNights is < 1 or > MaxNightsLimit)
        {
            Fail("maxNights", $"Must be between 1 and {MaxNightsLimit}.");
        }
        else if (maxNights < minNights && minNights is >= 1 and <= MaxNightsLimit)
        {
            Fail("maxNights", "Must not be less than minNights.");
        }

        var policy = CancellationPolicy.Flexible;
        if (draft.CancellationPolicy is not null && !PropertyNames.TryParsePolicy(draft.CancellationPolicy, out policy))
        {
            Fail("cancellationPolicy", "Must be 'flexible', 'moderate' or 'strict'.");
        }

        if (errors.Count > 0)
        {
            return new ValidationError(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        return new PropertyDetails
        {
            Title = title!,
            Description = description,
            Address = new Address(street!, city!, state, country!, postalCode),
            Latitude = draft.Latitude!.Value,
            Longitude = draft.Longitude!.Value,
            PricePerNight = Money.Create(draft.PricePerNight!.Value, currency).Value,
            CleaningFee = Money.Create(cleaningFee, currency).Value,
            MaxGuests = draft.MaxGuests!.Value,
            Bedrooms = draft.Bedrooms!.Value,
            Beds = draft.Beds!.Value,
            Bathrooms = draft.Bathrooms!.Value,
            Amenities = amenities,
            Photos = photos.ToList(),
            MinNights = minNights,
            MaxNights = maxNights,
            InstantBook = draft.InstantBook ?? false,
            CancellationPolicy = policy,
        };
    }

    /// <summary>An absolute https URL with a host: the server stores it and never fetches it.</summary>
    public static bool IsHttpsUrl(string? url) =>
        url is { Length: > 0 and <= MaxPhotoUrlLength }
        && !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);

    // A price is refused, never rounded: the host meant something this currency cannot charge.
    private static string MinorUnitMessage(string? currency) => IsoCodes.MinorUnit(currency) switch
    {
        0 => $"Must be a whole number: {currency} has no minor unit (ISO 4217).",
        var units when IsoCodes.IsCurrency(currency) => $"Must have at most {units} decimal places: the ISO 4217 minor unit of {currency}.",
        var units => $"Must have at most {units} decimal places.",
    };

    private static string? RequiredText(string? value, string field, int maxLength, Action<string, string> fail)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            fail(field, "Required.");
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            fail(field, $"Must be at most {maxLength} characters.");
        }
        else if (trimmed.Any(char.IsControl))
        {
            fail(field, "Must not contain control characters.");
        }

        return trimmed;
    }

    private static string? OptionalText(string? value, string field, int maxLength, Action<string, string> fail)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            fail(field, $"Must be at most {maxLength} characters.");
        }
        else if (trimmed.Any(char.IsControl))
        {
            fail(field, "Must not contain control characters.");
        }

        return trimmed;
    }

    private static void RequiredCount(int? value, string field, int min, int max, Action<string, string> fail)
    {
        if (value is null)
        {
            fail(field, "Required.");
        }
        else if (value < min || value > max)
        {
            fail(field, $"Must be between {min} and {max}.");
        }
    }
}
