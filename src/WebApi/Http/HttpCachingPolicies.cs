using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.WebApi.Http;

/// <summary>
/// The caching of each kind of answer (docs/adr/0013-http-conventions.md). Public lifetimes are short: a shared or
/// browser cache cannot hear the server's invalidations, so max-age is the staleness a client accepts after a change
/// (the server's own cache is invalidated on every write).
/// </summary>
internal static class HttpCachingPolicies
{
    /// <summary>Search pages: change with any listing, booking or block; the server caches them 30 s and invalidates on writes.</summary>
    public static readonly HttpCachingPolicy Search = new(EntityTag: false, IfMatch: false, PublicMaxAge: TimeSpan.FromSeconds(10));

    /// <summary>A listed home's details; its host (or an admin) reading it unlisted gets a private answer.</summary>
    public static readonly HttpCachingPolicy ListingDetails = new(
        EntityTag: true,
        IfMatch: false,
        PublicMaxAge: TimeSpan.FromSeconds(10),
        IsPublic: value => value is PropertyResponse { Status: var status } && status == PropertyStatus.Listed.ToName());

    /// <summary>A calendar: changes with bookings and blocks, which a client sees as 409 when it books a stale night.</summary>
    public static readonly HttpCachingPolicy Availability = new(EntityTag: false, IfMatch: false, PublicMaxAge: TimeSpan.FromSeconds(10));

    /// <summary>The amenity catalogue: fixed in the code, changes only with a release.</summary>
    public static readonly HttpCachingPolicy Amenities = new(EntityTag: false, IfMatch: false, PublicMaxAge: TimeSpan.FromHours(1));

    /// <summary>A private representation with an ETag (a booking, a profile): revalidated, never stored.</summary>
    public static readonly HttpCachingPolicy PrivateWithTag = new(EntityTag: true, IfMatch: false, PublicMaxAge: null);

    /// <summary>A write that honours If-Match and answers the new ETag.</summary>
    public static readonly HttpCachingPolicy ConditionalWrite = new(EntityTag: true, IfMatch: true, PublicMaxAge: null);
}
