namespace AirbnbClone.Application.Properties;

/// <summary>Column lists shared by the listing queries, aliased to their row records.</summary>
internal static class PropertySql
{
    public const string DetailColumns = """
        p.id AS Id, p.host_id AS HostId, u.first_name AS HostFirstName, p.title AS Title, p.description AS Description,
        p.street AS Street, p.city AS City, p.state AS State, p.country AS Country, p.postal_code AS PostalCode,
        p.latitude AS Latitude, p.longitude AS Longitude, p.price_per_night AS PricePerNight, p.currency AS Currency,
        p.cleaning_fee AS CleaningFee, p.max_guests AS MaxGuests, p.bedrooms AS Bedrooms, p.beds AS Beds,
        p.bathrooms AS Bathrooms, p.amenities AS Amenities, p.photos AS Photos, p.min_nights AS MinNights,
        p.max_nights AS MaxNights, p.instant_book AS InstantBook, p.cancellation_policy AS CancellationPolicy,
        p.status AS Status, p.rating_average AS RatingAverage, p.review_count AS ReviewCount,
        p.created_at AS CreatedAt, p.updated_at AS UpdatedAt, p.xmin AS Version
        """;
}

/// <summary>A flat row of <see cref="PropertySql.DetailColumns"/>; Dapper fills it, <see cref="PropertyMappingProfile"/> nests it.</summary>
internal sealed record PropertyRow
{
    public Guid Id { get; init; }
    public Guid HostId { get; init; }
    public string HostFirstName { get; init; } = string.Empty;
    public string Title { get; init; } = string.Empty;
    public string Description { get; init; } = string.Empty;
    public string Street { get; init; } = string.Empty;
    public string City { get; init; } = string.Empty;
    public string? State { get; init; }
    public string Country { get; init; } = string.Empty;
    public string? PostalCode { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public decimal PricePerNight { get; init; }
    public string Currency { get; init; } = string.Empty;
    public decimal CleaningFee { get; init; }
    public int MaxGuests { get; init; }
    public int Bedrooms { get; init; }
    public int Beds { get; init; }
    public int Bathrooms { get; init; }
#pragma warning disable CA1819 // Dapper materialises text[] as string[]
    public string[] Amenities { get; init; } = [];
    public string[] Photos { get; init; } = [];
#pragma warning restore CA1819
    public int MinNights { get; init; }
    public int MaxNights { get; init; }
    public bool InstantBook { get; init; }
    public string CancellationPolicy { get; init; } = string.Empty;
    public string Status { get; init; } = string.Empty;
    public decimal RatingAverage { get; init; }
    public int ReviewCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row's <c>xmin</c> (PostgreSQL xid: an unsigned 32-bit transaction id).</summary>
    public uint Version { get; init; }
}
