using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Properties.SearchProperties;

public enum SearchSort
{
    Rating = 0,
    Price = 1,
    PriceDescending = 2,
    Newest = 3,
}

/// <summary>Where a page ends under one sort: the sort key of its last row and that row's id (the tie-breaker).</summary>
public sealed record SearchPosition(SearchSort Sort, decimal Number, long Ticks, Guid Id)
{
    public string Encode() => Cursor.Encode(string.Create(CultureInfo.InvariantCulture,
        $"{SearchCriteria.SortName(Sort)}~{(Sort == SearchSort.Newest ? Ticks.ToString(CultureInfo.InvariantCulture) : Number.ToString(CultureInfo.InvariantCulture))}~{Id:N}"));

    public static SearchPosition? Decode(string? cursor)
    {
        if (!Cursor.TryDecode(cursor, out var text))
        {
            return null;
        }

        var parts = text.Split('~');
        if (parts.Length != 3 || !SearchCriteria.TryParseSort(parts[0], out var sort) || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return null;
        }

        if (sort == SearchSort.Newest)
        {
            return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new SearchPosition(sort, 0, ticks, id)
                : null;
        }

        return decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new SearchPosition(sort, number, 0, id)
            : null;
    }
}

/// <summary>The parsed, checked filters of a search. <see cref="Parse"/> reports each bad parameter by its query-string name.</summary>
public sealed record SearchCriteria
{
    public const double MaxRadiusKm = 500;
    public const int MaxStayNights = 365;

    // Kilometres per degree of latitude on the sphere earthdistance uses (radius 3958.747 miles = 6371.0 km).
    private const double KmPerDegree = 111.195;

    public string? City { get; init; }
    public string? Country { get; init; }
    public (double Lat, double Lng, double RadiusKm)? Radius { get; init; }
    public (double MinLat, double MinLng, double MaxLat, double MaxLng)? Box { get; init; }
    public (DateOnly CheckIn, DateOnly CheckOut)? Stay { get; init; }
    public int? Guests { get; init; }
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public IReadOnlyList<string> Amenities { get; init; } = [];
    public bool? InstantBook { get; init; }
    public SearchSort Sort { get; init; }
    public int Limit { get; init; } = Cursor.DefaultLimit;
    public SearchPosition? After { get; init; }

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.Price => "price",
        SearchSort.PriceDescending => "-price",
        SearchSort.Newest => "newest",
        _ => "rating",
    };

    public static bool TryParseSort(string? text, out SearchSort sort)
    {
        switch (text)
        {
            case "price": sort = SearchSort.Price; return true;
            case "-price": sort = SearchSort.PriceDescending; return true;
            case "rating": sort = SearchSort.Rating; return true;
            case "newest": sort = SearchSort.Newest; return true;
            default: sort = SearchSort.Rating; return false;
        }
    }

    /// <summary>The criteria, or every problem keyed by parameter name. Default sort: rating; default limit 20.</summary>
    public static (SearchCriteria? Criteria, Dictionary<string, string> Errors) Parse(SearchPropertiesQuery query, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var criteria = new SearchCriteria();

        if (QueryText.IsGiven(query.City))
        {
            var city = query.City!.Trim();
            if (city.Length > PropertyDetails.CityMaxLength)
            {
                errors["city"] = $"Must be at most {PropertyDetails.CityMaxLength} characters.";
            }

            criteria = criteria with { City = city };
        }

        if (QueryText.IsGiven(query.Country))
        {
            var country = query.Country!.Trim().ToUpperInvariant();
            if (!IsoCodes.IsCountry(country))
            {
                errors["country"] = "Must be an ISO 3166-1 alpha-2 country code such as \"FR\".";
            }

            criteria = criteria with { Country = country };
        }

        var lat = Number(query.Lat, "lat", -90, 90, errors);
        var lng = Number(query.Lng, "lng", -180, 180, errors);
        var radius = Number(query.RadiusKm, "radiusKm", 0, MaxRadiusKm, errors);
        if (radius is <= 0)
        {
            errors["radiusKm"] = $"Must be more than 0 and at most {MaxRadiusKm:0} km.";
        }

        if (Together(errors, ("lat", query.Lat), ("lng", query.Lng), ("radiusKm", query.RadiusKm)) && lat is { } la && lng is { } ln && radius is { } r)
        {
            criteria = criteria with { Radius = (la, ln, r) };
        }

        var minLat = Number(query.MinLat, "minLat", -90, 90, errors);
        var minLng = Number(query.MinLng, "minLng", -180, 180, errors);
        var maxLat = Number(query.MaxLat, "maxLat", -90, 90, errors);
        var maxLng = Number(query.MaxLng, "maxLng", -180, 180, errors);
        if (Together(errors, ("minLat", query.MinLat), ("minLng", query.MinLng), ("maxLat", query.MaxLat), ("maxLng", query.MaxLng))
            && minLat is { } a && minLng is { } b && maxLat is { } c && maxLng is { } d)
        {
            if (c < a)
            {
                errors["maxLat"] = "Must not be less than minLat.";
            }
            else if (d < b)
            {
                errors["maxLng"] = "Must not be less than minLng (a box across the antimeridian is two searches).";
            }
            else
            {
                criteria = criteria with { Box = (a, b, c, d) };
            }
        }

        DateOnly? checkIn = null, checkOut = null;
        if (QueryText.IsGiven(query.CheckIn))
        {
            if (QueryText.TryDate(query.CheckIn, out var d1))
            {
                checkIn = d1;
            }
            else
            {
                errors["checkIn"] = "Must be a date as YYYY-MM-DD.";
            }
        }

        if (QueryText.IsGiven(query.CheckOut))
        {
            if (QueryText.TryDate(query.CheckOut, out var d2))
            {
                checkOut = d2;
            }
            else
            {
                errors["checkOut"] = "Must be a date as YYYY-MM-DD.";
            }
        }

        if (Together(errors, ("checkIn", query.CheckIn), ("checkOut", query.CheckOut)) && checkIn is { } ci && checkOut is { } co)
        {
            if (co <= ci)
            {
                errors["checkOut"] = "Must be after checkIn (check-out day is not a night of the stay).";
            }
            else if (co.DayNumber - ci.DayNumber > MaxStayNights)
            {
                errors["checkOut"] = $"A stay is at most {MaxStayNights} nights.";
            }
            else if (today is { } t && ci < t.AddDays(-1))
            {
                errors["checkIn"] = "Must not be in the past.";
            }
            else
            {
                criteria = criteria with { Stay = (ci, co) };
            }
        }

        if (QueryText.IsGiven(query.Guests))
        {
            if (!QueryText.TryInt(query.Guests, out var guests))
            {
                errors["guests"] = "Must be a whole number.";
            }
            else if (guests is < 1 or > PropertyDetails.MaxGuestsLimit)
            {
                errors["guests"] = $"Must be between 1 and {PropertyDetails.MaxGuestsLimit}.";
            }
            else
            {
                criteria = criteria with { Guests = guests };
            }
        }

        var minPrice = Price(query.MinPrice, "minPrice", errors);
        var maxPrice = Price(query.MaxPrice, "maxPrice", errors);
        if (minPrice is { } lo && maxPrice is { } hi && hi < lo)
        {
            errors["maxPrice"] = "Must not be less than minPrice.";
        }

        criteria = criteria with { MinPrice = minPrice, MaxPrice = maxPrice };

        if (QueryText.IsGiven(query.Amenities))
        {
            var codes = query.Amenities!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = codes.Where(code => !Domain.Properties.Amenities.IsKnown(code)).ToList();
            if (unknown.Count > 0)
            {
                errors["amenities"] = $"Unknown amenity: {string.Join(", ", unknown.Take(5))}. GET /api/v1/properties/amenities lists the catalogue.";
            }

            criteria = criteria with { Amenities = codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() };
        }

        if (QueryText.IsGiven(query.InstantBook))
        {
            if (QueryText.TryBool(query.InstantBook, out var instant))
            {
                criteria = criteria with { InstantBook = instant };
            }
            else
            {
                errors["instantBook"] = "Must be true or false.";
            }
        }

        if (QueryText.IsGiven(query.Sort))
        {
            if (TryParseSort(query.Sort!.Trim(), out var sort))
            {
                criteria = criteria with { Sort = sort };
            }
            else
            {
                errors["sort"] = "Must be one of: price, -price, rating, newest.";
            }
        }

        if (QueryText.IsGiven(query.Limit))
        {
            if (!QueryText.TryInt(query.Limit, out var limit))
            {
                errors["limit"] = "Must be a whole number.";
            }
            else if (limit is < 1 or > Cursor.MaxLimit)
            {
                errors["limit"] = $"Must be between 1 and {Cursor.MaxLimit}.";
            }
            else
            {
                criteria = criteria with { Limit = limit };
            }
        }

        if (query.Cursor is not null)
        {
            var after = SearchPosition.Decode(query.Cursor.Trim());
            if (after is null)
            {
                errors["cursor"] = "The cursor is malformed; pass back a nextCursor value unchanged.";
            }
            else if (after.Sort != criteria.Sort && !errors.ContainsKey("sort"))
            {
                errors["cursor"] = "The cursor belongs to another sort; keep the sort of the first page.";
            }
            else
            {
                criteria = criteria with { After = after };
            }
        }

        return errors.Count > 0 ? (null, errors) : (criteria, errors);
    }

    /// <summary>Everything the answer depends on, normalised and hashed: the cache key of the page.</summary>
    public string Fingerprint()
    {
        var text = string.Join('|',
            City?.ToUpperInvariant(), Country,
            Radius is { } r ? Invariant($"{r.Lat:R},{r.Lng:R},{r.RadiusKm:R}") : null,
            Box is { } b ? Invariant($"{b.MinLat:R},{b.MinLng:R},{b.MaxLat:R},{b.MaxLng:R}") : null,
            Stay is { } s ? Invariant($"{s.CheckIn:yyyy-MM-dd},{s.CheckOut:yyyy-MM-dd}") : null,
            Guests?.ToString(CultureInfo.InvariantCulture),
            MinPrice?.ToString(CultureInfo.InvariantCulture), MaxPrice?.ToString(CultureInfo.InvariantCulture),
            string.Join(',', Amenities), InstantBook?.ToString(), SortName(Sort),
            Limit.ToString(CultureInfo.InvariantCulture), After?.Encode());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The search box of a radius: rows inside it are then checked by exact great-circle distance.</summary>
    public static (double MinLat, double MinLng, double MaxLat, double MaxLng) BoundingBox(double lat, double lng, double radiusKm)
    {
        var dLat = radiusKm / KmPerDegree * 1.01;
        var minLat = Math.Max(-90, lat - dLat);
        var maxLat = Math.Min(90, lat + dLat);
        var widest = Math.Max(Math.Abs(minLat), Math.Abs(maxLat));
        if (widest >= 89.9)
        {
            return (minLat, -180, maxLat, 180);
        }

        var dLng = radiusKm / (KmPerDegree * Math.Cos(widest * Math.PI / 180)) * 1.01;
        return dLng >= 180 ? (minLat, -180, maxLat, 180) : (minLat, Math.Max(-180, lng - dLng), maxLat, Math.Min(180, lng + dLng));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double? Number(string? text, string name, double min, double max, Dictionary<string, string> errors)
    {
        if (!QueryText.IsGiven(text))
        {
            return null;
        }

        if (!QueryText.TryDouble(text, out var value))
        {
            errors[name] = "Must be a number.";
            return null;
        }

        if (value < min || value > max)
        {
            errors[name] = string.Create(CultureInfo.InvariantCulture, $"Must be between {min} and {max}.");
            return null;
        }

        return value;
    }

    private static decimal? Price(string? text, string name, Dictionary<string, string> errors)
    {
        if (!QueryText.IsGiven(text))
        {
            return null;
        }

        if (!QueryText.TryDecimal(text, out var value))
        {
            errors[name] = "Must be a number.";
            return null;
        }

        if (value < 0)
        {
            errors[name] = "Must not be negative.";
            return null;
        }

        return value;
    }

    /// <summary>Parameters that only mean something together: naming each one that is missing when any is given.</summary>
    private static bool Together(Dictionary<string, string> errors, params (string Name, string? Value)[] group)
    {
        var given = group.Where(p => QueryText.IsGiven(p.Value)).ToList();
        if (given.Count == 0)
        {
            return false;
        }

        if (given.Count == group.Length)
        {
            return true;
        }

        var names = string.Join(", ", group.Select(p => p.Name));
        foreach (var (name, _) in group.Where(p => !QueryText.IsGiven(p.Value)))
        {
            errors.TryAdd(name, $"{names} go together.");
        }

        return false;
    }
}
