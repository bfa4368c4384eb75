using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// The write body of a listing (POST, PUT, PATCH). POST and PUT send the whole listing (optional fields default);
/// PATCH sends only what changes (null or missing leaves a field; "" clears address.state or address.postalCode)
/// and may also send <see cref="Status"/> "listed" to list an unlisted home again.
/// </summary>
public sealed record PropertyBody
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public AddressBody? Address { get; init; }
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

    /// <summary>PATCH only: "listed" or "unlisted".</summary>
    public string? Status { get; init; }

    /// <summary>The whole listing as sent (POST, PUT).</summary>
    public PropertyDraft ToDraft() => Overlay(new PropertyDraft());

    /// <summary>The fields sent, laid over a listing's current content (PATCH).</summary>
    public PropertyDraft Overlay(PropertyDraft current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Title = Title ?? current.Title,
            Description = Description ?? current.Description,
            Street = Address?.Street ?? current.Street,
            City = Address?.City ?? current.City,
            State = Address?.State ?? current.State,
            Country = Address?.Country ?? current.Country,
            PostalCode = Address?.PostalCode ?? current.PostalCode,
            Latitude = Latitude ?? current.Latitude,
            Longitude = Longitude ?? current.Longitude,
            PricePerNight = PricePerNight ?? current.PricePerNight,
            Currency = Currency ?? current.Currency,
            CleaningFee = CleaningFee ?? current.CleaningFee,
            MaxGuests = MaxGuests ?? current.MaxGuests,
            Bedrooms = Bedrooms ?? current.Bedrooms,
            Beds = Beds ?? current.Beds,
            Bathrooms = Bathrooms ?? current.Bathrooms,
            Amenities = Amenities ?? current.Amenities,
            Photos = Photos ?? current.Photos,
            MinNights = MinNights ?? current.MinNights,
            MaxNights = MaxNights ?? current.MaxNights,
            InstantBook = InstantBook ?? current.InstantBook,
            CancellationPolicy = CancellationPolicy ?? current.CancellationPolicy,
        };
    }
}
