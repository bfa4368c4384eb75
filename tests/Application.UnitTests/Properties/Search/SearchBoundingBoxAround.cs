using AirbnbClone.Application.Properties.SearchProperties;

namespace AirbnbClone.Application.UnitTests.Properties.Search;

/// <summary>SearchBoundingBox: the box an index narrows rows with before the exact distance test.</summary>
public class SearchBoundingBoxAround
{
    private const double KmPerDegree = 111.195;

    [Fact]
    public void Around_Should_CoverTheCircle_When_ComputedForARadius()
    {
        var box = SearchBoundingBox.Around(60, 10, 100);

        box.MinLat.ShouldBeLessThan(60 - (100 / KmPerDegree));
        box.MaxLat.ShouldBeGreaterThan(60 + (100 / KmPerDegree));
        (10 - box.MinLng).ShouldBeGreaterThan(100 / (KmPerDegree * Math.Cos(60 * Math.PI / 180)));
        (box.MaxLng - 10).ShouldBeGreaterThan(100 / (KmPerDegree * Math.Cos(60 * Math.PI / 180)));
    }

    [Fact]
    public void Around_Should_SpanEveryLongitude_When_TheCircleReachesAPole() =>
        SearchBoundingBox.Around(89.5, 0, 100).ShouldBe((89.5 - (100 / KmPerDegree * 1.01), -180, 90, 180));

    [Fact]
    public void Around_Should_StayWithinTheMap_When_TheCircleCrossesTheAntimeridian()
    {
        var box = SearchBoundingBox.Around(0, 179.9, 50);

        box.MaxLng.ShouldBe(180);
        box.MinLng.ShouldBeGreaterThan(-180);
        box.MinLng.ShouldBeLessThan(179.9);
    }
}
