using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AirbnbClone.Application.Abstractions.Pagination;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>
/// The parsed, checked filters of a search, normalised (trimmed city, upper-case country, sorted amenities).
/// <see cref="SearchCriteriaParser"/> makes them from <see cref="SearchParameters"/>; defaults: sort by rating, 20 a page.
/// </summary>
public sealed record SearchCriteria
{
    public const double MaxRadiusKm = 500;
    public const int MaxStayNights = 365;

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
            string.Join(',', Amenities), InstantBook?.ToString(), SearchSortNames.Name(Sort),
            Limit.ToString(CultureInfo.InvariantCulture), After?.Encode());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
