namespace AirbnbClone.Domain.Properties;

/// <summary>The fixed amenity catalogue: listings and searches may only name these codes.</summary>
public static class Amenities
{
    public static readonly IReadOnlyList<(string Code, string Name)> Catalogue =
    [
        ("wifi", "Wi-Fi"),
        ("kitchen", "Kitchen"),
        ("washer", "Washer"),
        ("dryer", "Dryer"),
        ("air_conditioning", "Air conditioning"),
        ("heating", "Heating"),
        ("tv", "TV"),
        ("pool", "Pool"),
        ("hot_tub", "Hot tub"),
        ("free_parking", "Free parking on premises"),
        ("ev_charger", "EV charger"),
        ("gym", "Gym"),
        ("workspace", "Dedicated workspace"),
        ("crib", "Crib"),
        ("pets_allowed", "Pets allowed"),
        ("smoking_allowed", "Smoking allowed"),
        ("fireplace", "Indoor fireplace"),
        ("bbq_grill", "BBQ grill"),
        ("beach_access", "Beach access"),
        ("ski_in_out", "Ski-in/ski-out"),
    ];

    public static readonly IReadOnlySet<string> Codes = Catalogue.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);
}
