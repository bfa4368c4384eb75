namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>One search hit as Dapper reads it; <see cref="PropertyMappingProfile"/> maps it to its response.</summary>
internal sealed record SearchRow
{
    public Guid Id { get; init; }
    public string Title { get; init; } = string.Empty;
    public string City { get; init; } = string.Empty;
    public string Country { get; init; } = string.Empty;
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public decimal PricePerNight { get; init; }
    public string Currency { get; init; } = string.Empty;
    public int MaxGuests { get; init; }
    public int Bedrooms { get; init; }
#pragma warning disable CA1819 // Dapper materialises text[] as string[]
    public string[] Amenities { get; init; } = [];
#pragma warning restore CA1819
    public int MinNights { get; init; }
    public int MaxNights { get; init; }
    public bool InstantBook { get; init; }
    public decimal RatingAverage { get; init; }
    public int ReviewCount { get; init; }
    public string? PhotoUrl { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
