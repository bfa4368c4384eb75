namespace AirbnbClone.Application.Properties;

/// <summary>Cache keys and tags of the listing reads (docs/adr/0010-two-level-cache.md).</summary>
public static class PropertyCacheKeys
{
    public static readonly TimeSpan DetailsExpiration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan SearchExpiration = TimeSpan.FromSeconds(30);

    /// <summary>On every search page: invalidated by every change a search page could show (any listing's content, status or calendar).</summary>
    public const string SearchTag = "properties:search";

    /// <summary>On every listing's details: invalidated when a host's first name changes (the host summary shows it).</summary>
    public const string HostsTag = "properties:hosts";

    public static string Details(Guid propertyId) => $"properties:{propertyId:N}:details";

    /// <summary>On everything cached about one listing (details, calendar): invalidated by every change of it (content, status, calendar).</summary>
    public static string ListingTag(Guid propertyId) => $"properties:{propertyId:N}";

    /// <summary>The calendar data of one listing for the nights [from, to).</summary>
    public static string Availability(Guid propertyId, DateOnly from, DateOnly to) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"properties:{propertyId:N}:availability:{from:yyyyMMdd}-{to:yyyyMMdd}");

    public static string Search(string criteriaHash) => $"properties:search:{criteriaHash}";
}
