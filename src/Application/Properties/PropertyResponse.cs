using System.Text.Json.Serialization;
using AirbnbClone.Application.Abstractions.Concurrency;

namespace AirbnbClone.Application.Properties;

/// <summary>A listing as the API shows it (GET /properties/{id}, and the answer to POST/PUT/PATCH).</summary>
public sealed record PropertyResponse : IHasEntityTag
{
    public required Guid Id { get; init; }
    public required Guid HostId { get; init; }
    public required HostSummary Host { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required AddressResponse Address { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
    public required decimal PricePerNight { get; init; }
    public required string Currency { get; init; }
    public required decimal CleaningFee { get; init; }
    public required int MaxGuests { get; init; }
    public required int Bedrooms { get; init; }
    public required int Beds { get; init; }
    public required int Bathrooms { get; init; }
    public required IReadOnlyList<string> Amenities { get; init; }
    public required IReadOnlyList<string> Photos { get; init; }
    public required int MinNights { get; init; }
    public required int MaxNights { get; init; }
    public required bool InstantBook { get; init; }
    public required string CancellationPolicy { get; init; }
    public required string Status { get; init; }
    public required decimal RatingAverage { get; init; }
    public required int ReviewCount { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The listing row's version (not part of the body: it travels as the ETag).</summary>
    [JsonIgnore]
    public uint Version { get; init; }

    /// <summary>The row's version and the host's first name, the only other row the representation shows.</summary>
    [JsonIgnore]
    public string? EntityTag => TagOf(Version, Host.FirstName);

    public static string? TagOf(uint version, string hostFirstName) => EntityTags.Of(version, hostFirstName);
}
