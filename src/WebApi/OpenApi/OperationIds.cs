using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace AirbnbClone.WebApi.OpenApi;

/// <summary>
/// Stable operationIds (the names generated clients give their methods), by method and route. A route missing here
/// fails the document's generation, so a new endpoint cannot ship without one.
/// </summary>
internal static partial class OperationIds
{
    private static readonly Dictionary<string, string> Ids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST api/v1/users"] = "registerUser",
        ["GET api/v1/users"] = "listUsers",
        ["GET api/v1/users/me"] = "getCurrentUser",
        ["PATCH api/v1/users/me"] = "updateCurrentUser",
        ["GET api/v1/users/{id}"] = "getUser",
        ["DELETE api/v1/users/{id}"] = "deleteUser",
        ["POST api/v1/auth/login"] = "login",
        ["POST api/v1/auth/refresh"] = "refreshTokens",
        ["POST api/v1/auth/logout"] = "logout",
        ["GET api/v1/properties"] = "searchProperties",
        ["POST api/v1/properties"] = "createProperty",
        ["GET api/v1/properties/amenities"] = "listAmenities",
        ["GET api/v1/properties/{id}"] = "getProperty",
        ["PUT api/v1/properties/{id}"] = "replaceProperty",
        ["PATCH api/v1/properties/{id}"] = "updateProperty",
        ["DELETE api/v1/properties/{id}"] = "unlistProperty",
        ["GET api/v1/properties/{id}/availability"] = "getPropertyAvailability",
        ["POST api/v1/properties/{id}/blocks"] = "addPropertyBlock",
        ["DELETE api/v1/properties/{id}/blocks/{blockId}"] = "removePropertyBlock",
        ["GET api/v1/bookings/quote"] = "quoteBooking",
        ["POST api/v1/bookings"] = "createBooking",
        ["GET api/v1/bookings"] = "listBookings",
        ["GET api/v1/bookings/{id}"] = "getBooking",
        ["PATCH api/v1/bookings/{id}"] = "changeBooking",
        ["POST api/v1/bookings/{id}/confirm"] = "confirmBooking",
        ["POST api/v1/bookings/{id}/decline"] = "declineBooking",
        ["POST api/v1/bookings/{id}/cancel"] = "cancelBooking",
        ["GET api/v1/admin/jobs"] = "listJobs",
        ["POST api/v1/admin/jobs/{id}/retry"] = "retryJob",
    };

    public static string For(ApiDescription api)
    {
        var key = $"{api.HttpMethod} {RouteConstraint().Replace(api.RelativePath?.TrimEnd('/') ?? string.Empty, "{$1}")}";
        return Ids.TryGetValue(key, out var id)
            ? id
            : throw new InvalidOperationException($"No operationId for '{key}': add one to {nameof(OperationIds)}.");
    }

    /// <summary>"{id:guid}" as the document spells it: "{id}".</summary>
    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteConstraint();
}
