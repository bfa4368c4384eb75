namespace AirbnbClone.Application.Properties;

/// <summary>One search hit: enough for a result card and a map pin.</summary>
public sealed record PropertySummaryResponse
{
    public required Guid Id { get; init; }
    public required string Title { get; init; }
    public required string City { get; init; }
    public required string Country { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required decimal PricePerNight { get; init; }
    public required string Currency { get; init; }
    public required int MaxGuests { get; init; }
    public required int Bedrooms { get; init; }
    public required IReadOnlyList<string> Amenities { get; init; }

    /// <summary>The shortest and longest stay the listing accepts: a client can tell which results fit its dates.</summary>
    public required int MinNights { get; init; }
    public required int MaxNights { get; init; }
    public required bool InstantBook { get; init; }
    public required decimal RatingAverage { get; init; }
    public required int ReviewCount { get; init; }
    public string? PhotoUrl { get; init; }
}
