using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Properties;

/// <summary>
/// What a host writes about a listing, as sent (every field may be missing). <see cref="PropertyDetails.Create"/>
/// checks it; PATCH starts from <see cref="PropertyDetails.ToDraft"/> of the current listing and overlays the fields sent.
/// </summary>
public sealed record PropertyDraft
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public decimal? PricePerNight { get; init; }
    public string? Currency { get; init; }
    public decimal? CleaningFee { get; init; }
    public int? MaxGuests { get; init; }
    public int? Bedrooms { get; init; }
    public int? Beds { get; init; }
    public int? Bathrooms { get; init; }
    public IReadOnlyList<string>? Amenities { get; init; }
    public IReadOnlyList<string>? Photos { get; init; }
    public int? MinNights { get; init; }
    public int? MaxNights { get; init; }
    public bool? InstantBook { get; init; }
    public string? CancellationPolicy { get; init; }
}
