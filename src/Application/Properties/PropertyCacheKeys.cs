using AirbnbClone.Application.Abstractions.Data;

namespace AirbnbClone.Application.Properties;

/// <summary>Cache keys of the listing reads and the generations that invalidate them (docs/adr/0006-listing-cache.md).</summary>
public static class PropertyCacheKeys
{
    public static readonly TimeSpan DetailsExpiration = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan SearchExpiration = TimeSpan.FromSeconds(30);

    /// <summary>Bumped by every change that a search page could show (any listing's content, status or calendar).</summary>
    public const string SearchGeneration = "properties:search:gen";

    /// <summary>Bumped when a user's first name changes (the host summary of every listing shows it).</summary>
    public const string HostsGeneration = "properties:hosts:gen";

    public static string Details(Guid propertyId) => $"properties:{propertyId:N}:details";

    public static string Generation(Guid propertyId) => $"properties:{propertyId:N}:gen";

    public static string Search(string criteriaHash) => $"properties:search:{criteriaHash}";
}
