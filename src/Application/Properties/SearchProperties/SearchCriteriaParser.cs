using System.Globalization;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>Text to <see cref="SearchCriteria"/>: reports each bad parameter by its query-string name.</summary>
internal static class SearchCriteriaParser
{
    /// <summary>
    /// The criteria, or every problem keyed by parameter name (then no criteria). <paramref name="today"/> (UTC) dates
    /// the check-in rule: a stay may start yesterday at the earliest, as it may still be yesterday where the guest is.
    /// </summary>
    public static (SearchCriteria? Criteria, IReadOnlyDictionary<string, string> Errors) Parse(SearchParameters parameters, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var criteria = new SearchCriteria();

        if (QueryText.IsGiven(parameters.City))
        {
            var city = parameters.City!.Trim();
            if (city.Length > PropertyDetails.CityMaxLength)
            {
                errors["city"] = $"Must be at most {PropertyDetails.CityMaxLength} characters.";
            }

            criteria = criteria with { City = city };
        }

        if (QueryText.IsGiven(parameters.Country))
        {
            var country = parameters.Country!.Trim().ToUpperInvariant();
            if (!IsoCodes.IsCountry(country))
            {
                errors["country"] = "Must be an ISO 3166-1 alpha-2 country code such as \"FR\".";
            }

            criteria = criteria with { Country = country };
        }

        var lat = Number(parameters.Lat, "lat", -90, 90, errors);
        var lng = Number(parameters.Lng, "lng", -180, 180, errors);
        var radius = Number(parameters.RadiusKm, "radiusKm", 0, SearchCriteria.MaxRadiusKm, errors);
        if (radius is <= 0)
        {
            errors["radiusKm"] = $"Must be more than 0 and at most {SearchCriteria.MaxRadiusKm:0} km.";
        }

        if (Together(errors, ("lat", parameters.Lat), ("lng", parameters.Lng), ("radiusKm", parameters.RadiusKm)) && lat is { } la && lng is { } ln && radius is { } r)
        {
            criteria = criteria with { Radius = (la, ln, r) };
        }

        var minLat = Number(parameters.MinLat, "minLat", -90, 90, errors);
        var minLng = Number(parameters.MinLng, "minLng", -180, 180, errors);
        var maxLat = Number(parameters.MaxLat, "maxLat", -90, 90, errors);
        var maxLng = Number(parameters.MaxLng, "maxLng", -180, 180, errors);
        if (Together(errors, ("minLat", parameters.MinLat), ("minLng", parameters.MinLng), ("maxLat", parameters.MaxLat), ("maxLng", parameters.MaxLng))
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
        if (QueryText.IsGiven(parameters.CheckIn))
        {
            if (QueryText.TryDate(parameters.CheckIn, out var d1))
            {
                checkIn = d1;
            }
            else
            {
                errors["checkIn"] = "Must be a date as YYYY-MM-DD.";
            }
        }

        if (QueryText.IsGiven(parameters.CheckOut))
        {
            if (QueryText.TryDate(parameters.CheckOut, out var d2))
            {
                checkOut = d2;
            }
            else
            {
                errors["checkOut"] = "Must be a date as YYYY-MM-DD.";
            }
        }

        if (Together(errors, ("checkIn", parameters.CheckIn), ("checkOut", parameters.CheckOut)) && checkIn is { } ci && checkOut is { } co)
        {
            if (co <= ci)
            {
                errors["checkOut"] = "Must be after checkIn (check-out day is not a night of the stay).";
            }
            else if (co.DayNumber - ci.DayNumber > SearchCriteria.MaxStayNights)
            {
                errors["checkOut"] = $"A stay is at most {SearchCriteria.MaxStayNights} nights.";
            }
            else if (ci < today.AddDays(-1))
            {
                errors["checkIn"] = "Must not be in the past.";
            }
            else
            {
                criteria = criteria with { Stay = (ci, co) };
            }
        }

        if (QueryText.IsGiven(parameters.Guests))
        {
            if (!QueryText.TryInt(parameters.Guests, out var guests))
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

        var minPrice = Price(parameters.MinPrice, "minPrice", errors);
        var maxPrice = Price(parameters.MaxPrice, "maxPrice", errors);
        if (minPrice is { } lo && maxPrice is { } hi && hi < lo)
        {
            errors["maxPrice"] = "Must not be less than minPrice.";
        }

        criteria = criteria with { MinPrice = minPrice, MaxPrice = maxPrice };

        if (QueryText.IsGiven(parameters.Amenities))
        {
            var codes = parameters.Amenities!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = codes.Where(code => !Domain.Properties.Amenities.IsKnown(code)).ToList();
            if (unknown.Count > 0)
            {
                errors["amenities"] = $"Unknown amenity: {string.Join(", ", unknown.Take(5))}. GET /api/v1/properties/amenities lists the catalogue.";
            }

            criteria = criteria with { Amenities = codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() };
        }

        if (QueryText.IsGiven(parameters.InstantBook))
        {
            if (QueryText.TryBool(parameters.InstantBook, out var instant))
            {
                criteria = criteria with { InstantBook = instant };
            }
            else
            {
                errors["instantBook"] = "Must be true or false.";
            }
        }

        if (QueryText.IsGiven(parameters.Sort))
        {
            if (SearchSortNames.TryParse(parameters.Sort!.Trim(), out var sort))
            {
                criteria = criteria with { Sort = sort };
            }
            else
            {
                errors["sort"] = "Must be one of: price, -price, rating, newest.";
            }
        }

        if (QueryText.IsGiven(parameters.Limit))
        {
            if (!QueryText.TryInt(parameters.Limit, out var limit))
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

        if (parameters.Cursor is not null)
        {
            var after = SearchPosition.Decode(parameters.Cursor.Trim());
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
