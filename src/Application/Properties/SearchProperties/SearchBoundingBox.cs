namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>The latitude/longitude box around a search circle, so an index narrows the rows before the exact distance test.</summary>
internal static class SearchBoundingBox
{
    // Kilometres per degree of latitude on the sphere earthdistance uses (radius 3958.747 miles = 6371.0 km).
    internal const double KmPerDegree = 111.195;

    /// <summary>The search box of a radius: rows inside it are then checked by exact great-circle distance.</summary>
    public static (double MinLat, double MinLng, double MaxLat, double MaxLng) Around(double lat, double lng, double radiusKm)
    {
        var dLat = radiusKm / KmPerDegree * 1.01;
        var minLat = Math.Max(-90, lat - dLat);
        var maxLat = Math.Min(90, lat + dLat);
        var widest = Math.Max(Math.Abs(minLat), Math.Abs(maxLat));
        if (widest >= 89.9)
        {
            return (minLat, -180, maxLat, 180);
        }

        var dLng = radiusKm / (KmPerDegree * Math.Cos(widest * Math.PI / 180)) * 1.01;
        return dLng >= 180 ? (minLat, -180, maxLat, 180) : (minLat, Math.Max(-180, lng - dLng), maxLat, Math.Min(180, lng + dLng));
    }
}
