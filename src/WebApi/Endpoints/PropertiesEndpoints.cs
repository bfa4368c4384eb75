using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.Properties.AddPropertyBlock;
using AirbnbClone.Application.Properties.CreateProperty;
using AirbnbClone.Application.Properties.GetManagedProperty;
using AirbnbClone.Application.Properties.GetProperty;
using AirbnbClone.Application.Properties.GetPropertyAvailability;
using AirbnbClone.Application.Properties.ListAmenities;
using AirbnbClone.Application.Properties.PatchProperty;
using AirbnbClone.Application.Properties.RemovePropertyBlock;
using AirbnbClone.Application.Properties.SearchProperties;
using AirbnbClone.Application.Properties.UnlistProperty;
using AirbnbClone.Application.Properties.UpdateProperty;
using AirbnbClone.Domain.Properties;
using AirbnbClone.WebApi.Http;
using AirbnbClone.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AirbnbClone.WebApi.Endpoints;

/// <summary>/api/v1/properties: search, listing details and calendar for everyone; management for hosts.</summary>
public static class PropertiesEndpoints
{
    private const string BodyRules = "Rules: title 5-120 characters; description up to 5,000; pricePerNight > 0 and <= 100000 with an ISO 4217 `currency`; cleaningFee >= 0 (default 0); both with at most the currency's ISO 4217 minor unit of decimals (JPY 0, EUR 2, KWD 3); latitude -90..90, longitude -180..180; `address.country` ISO 3166-1 alpha-2; maxGuests 1-50; bedrooms, beds, bathrooms 0-50; minNights 1-365 <= maxNights <= 365 (defaults 1 and 365); amenities from GET /properties/amenities; photos: absolute https URLs (at most 50, never fetched by the server); cancellationPolicy flexible | moderate | strict (default flexible); instantBook (default false). Every broken rule is reported under its field name.";

    public static RouteGroupBuilder MapPropertiesEndpoints(this RouteGroupBuilder api)
    {
        var properties = api.MapGroup("/properties").WithTags("Properties");

        properties.MapGet("/", Search)
            .AllowAnonymous()
            .WithHttpCaching(HttpCachingPolicies.Search)
            .WithSummary("Search listed homes")
            .WithDescription("""
                Every filter is optional and all given ones apply. `city` (case-insensitive) and `country` (ISO alpha-2);
                a circle `lat`+`lng`+`radiusKm` (radiusKm <= 500) or a map box `minLat,minLng,maxLat,maxLng`;
                `checkIn`+`checkOut` (YYYY-MM-DD; only homes free for every night of [checkIn, checkOut): a stay may
                start on the day another ends); `guests` (max guests at least this); `minPrice`/`maxPrice` (nightly price
                in the listing's currency); `amenities` (comma list, all required); `instantBook` (true/false).
                `sort` = `rating` (default: best rated first) | `price` | `-price` | `newest`. `limit` 1-100 (default 20);
                pass `nextCursor` back as `cursor` with the same filters and sort for the next page: walking every page
                returns each match exactly once. A malformed parameter is 400 naming it. Answers may come from a cache
                that every listing change invalidates.
                """)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        properties.MapPost("/", Create)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Publish a listing (hosts and admins)")
            .WithDescription("The caller becomes the host. Answers the listing, status `listed`, with its Location. " + BodyRules)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        properties.MapGet("/amenities", Amenities)
            .AllowAnonymous()
            .WithHttpCaching(HttpCachingPolicies.Amenities)
            .WithSummary("The amenity catalogue")
            .WithDescription("Codes a listing's `amenities` and the search's `amenities` filter accept, with display names.");

        properties.MapGet("/{id:guid}", GetById)
            .AllowAnonymous()
            .WithHttpCaching(HttpCachingPolicies.ListingDetails)
            .WithSummary("A listing's details")
            .WithDescription("With `host {id, firstName}`, `ratingAverage` and `reviewCount`. An unlisted listing is 404 to everyone but its host and admins.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        properties.MapPut("/{id:guid}", Update)
            .RequireAuthorization()
            .WithHttpCaching(HttpCachingPolicies.ConditionalWrite)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Replace a listing (owner host or admin)")
            .WithDescription("Sends the whole listing: optional fields left out take their defaults. Another host gets 403 for a listed home and 404 for an unlisted one. " + BodyRules)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        properties.MapPatch("/{id:guid}", Patch)
            .RequireAuthorization()
            .WithHttpCaching(HttpCachingPolicies.ConditionalWrite)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Change some fields of a listing (owner host or admin)")
            .WithDescription("Null or missing fields stay as they are; `\"\"` clears address.state or address.postalCode. `status: \"listed\"` lists an unlisted home again, `\"unlisted\"` unlists (409 while future confirmed bookings exist). The result must satisfy every rule. " + BodyRules)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        properties.MapDelete("/{id:guid}", Unlist)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Unlist a listing (owner host or admin)")
            .WithDescription("The home disappears from search and details (except for its host and admins); past bookings and reviews keep it. 409 `Property.HasFutureBookings` while confirmed bookings have not checked out. Idempotent; PATCH `status: \"listed\"` lists it again.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        properties.MapGet("/{id:guid}/availability", Availability)
            .AllowAnonymous()
            .WithHttpCaching(HttpCachingPolicies.Availability)
            .WithSummary("A listing's calendar")
            .WithDescription("One entry per night `{date, available, price}` from `from` (default today) up to but not including `to` (default from + 30), at most 366 nights. A night is unavailable when it is past, booked (pending or confirmed) or blocked by the host.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        properties.MapPost("/{id:guid}/blocks", AddBlock)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Block dates (owner host)")
            .WithDescription("Takes the nights [start, end) off the calendar: `end` is the first free day. Starts today or later, at most 366 nights. 409 `Property.BlockOverlapsBooking` when a pending or confirmed booking shares a night, `Property.BlockOverlapsBlock` when another block does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        properties.MapDelete("/{id:guid}/blocks/{blockId:guid}", RemoveBlock)
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Remove a block (owner host)")
            .WithDescription("The nights become bookable again.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    /// <summary>The query string is bound as text and parsed once, here; validator, cache key and handler share the outcome.</summary>
    private static Task<Results<Ok<PagedResponse<PropertySummaryResponse>>, ProblemResult>> Search(
        [AsParameters] SearchParameters parameters, [FromServices] TimeProvider clock, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(SearchPropertiesQuery.Create(parameters, clock), cancellationToken).ToOk();

    private static Task<Results<Created<PropertyResponse>, ProblemResult>> Create(
        PropertyBody body, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new CreatePropertyCommand(body), cancellationToken).ToCreated(p => $"/api/v1/properties/{p.Id}");

    private static Task<Results<Ok<IReadOnlyList<AmenityResponse>>, ProblemResult>> Amenities(
        IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ListAmenitiesQuery(), cancellationToken).ToOk();

    /// <summary>The shared, cached view first; only a caller who might manage an unlisted home is asked about it.</summary>
    private static async Task<Results<Ok<PropertyResponse>, ProblemResult>> GetById(
        Guid id, ICurrentUser currentUser, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetPropertyQuery(id), cancellationToken);
        if (result.IsFailure && result.Error == PropertyErrors.NotFound && currentUser.IsAuthenticated)
        {
            result = await mediator.Send(new GetManagedPropertyQuery(id), cancellationToken);
        }

        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static Task<Results<Ok<PropertyResponse>, ProblemResult>> Update(
        Guid id, PropertyBody body, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new UpdatePropertyCommand(id, body), cancellationToken).ToOk();

    private static Task<Results<Ok<PropertyResponse>, ProblemResult>> Patch(
        Guid id, PropertyBody body, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new PatchPropertyCommand(id, body), cancellationToken).ToOk();

    private static Task<Results<NoContent, ProblemResult>> Unlist(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new UnlistPropertyCommand(id), cancellationToken).ToNoContent();

    private static Task<Results<Ok<AvailabilityResponse>, ProblemResult>> Availability(
        Guid id, string? from, string? to, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new GetPropertyAvailabilityQuery(id, from, to), cancellationToken).ToOk();

    private static Task<Results<Created<BlockResponse>, ProblemResult>> AddBlock(
        Guid id, BlockBody body, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new AddPropertyBlockCommand(id, body.Start, body.End), cancellationToken)
            .ToCreated(b => $"/api/v1/properties/{b.PropertyId}/blocks/{b.Id}");

    private static Task<Results<NoContent, ProblemResult>> RemoveBlock(
        Guid id, Guid blockId, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new RemovePropertyBlockCommand(id, blockId), cancellationToken).ToNoContent();
}
