namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>
/// The query string of GET /properties as sent (text), bound by name, so that a malformed parameter is reported by
/// that name. <see cref="SearchPropertiesQuery.Create"/> turns it into <see cref="SearchCriteria"/> once.
/// </summary>
public sealed record SearchParameters
{
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Lat { get; init; }
    public string? Lng { get; init; }
    public string? RadiusKm { get; init; }
    public string? MinLat { get; init; }
    public string? MinLng { get; init; }
    public string? MaxLat { get; init; }
    public string? MaxLng { get; init; }
    public string? CheckIn { get; init; }
    public string? CheckOut { get; init; }
    public string? Guests { get; init; }
    public string? MinPrice { get; init; }
    public string? MaxPrice { get; init; }
    public string? Amenities { get; init; }
    public string? InstantBook { get; init; }
    public string? Sort { get; init; }
    public string? Limit { get; init; }
    public string? Cursor { get; init; }
}
