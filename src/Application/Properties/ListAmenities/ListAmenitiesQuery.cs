using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Properties.ListAmenities;

/// <summary>The fixed amenity catalogue listings and searches use.</summary>
public sealed record ListAmenitiesQuery : IQuery<IReadOnlyList<AmenityResponse>>;

internal sealed class ListAmenitiesQueryHandler : IQueryHandler<ListAmenitiesQuery, IReadOnlyList<AmenityResponse>>
{
    private static readonly IReadOnlyList<AmenityResponse> Catalogue =
        Amenities.Catalogue.Select(a => new AmenityResponse(a.Code, a.Name)).ToArray();

    public Task<Result<IReadOnlyList<AmenityResponse>>> Handle(ListAmenitiesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Result.Success(Catalogue));
}
