using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Properties.ListAmenities;

/// <summary>The fixed amenity catalogue listings and searches use.</summary>
public sealed record ListAmenitiesQuery : IQuery<IReadOnlyList<AmenityResponse>>;
