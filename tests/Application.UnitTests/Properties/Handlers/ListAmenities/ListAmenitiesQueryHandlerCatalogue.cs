using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.ListAmenities;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.ListAmenities;

public class ListAmenitiesQueryHandlerCatalogue
{
    [Fact]
    public async Task Handle_Should_AnswerTheDomainsCatalogueInOrder_When_Asked()
    {
        var result = await new ListAmenitiesQueryHandler().Handle(new ListAmenitiesQuery(), CancellationToken.None);

        result.Value.ShouldBe(Amenities.Catalogue.Select(a => new AmenityResponse(a.Code, a.Name)).ToList());
    }

    [Fact]
    public async Task Handle_Should_OfferOnlyCodesAListingAccepts_When_Asked()
    {
        var result = await new ListAmenitiesQueryHandler().Handle(new ListAmenitiesQuery(), CancellationToken.None);

        result.Value.ShouldNotBeEmpty();
        result.Value.ShouldAllBe(a => Amenities.IsKnown(a.Code));
        result.Value.Select(a => a.Code).ShouldBeUnique();
        result.Value.ShouldContain(a => a.Code == "wifi");
    }
}
