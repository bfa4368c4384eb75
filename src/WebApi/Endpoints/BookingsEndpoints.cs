using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Bookings.CancelBooking;
using AirbnbClone.Application.Bookings.ChangeBooking;
using AirbnbClone.Application.Bookings.ConfirmBooking;
using AirbnbClone.Application.Bookings.CreateBooking;
using AirbnbClone.Application.Bookings.DeclineBooking;
using AirbnbClone.Application.Bookings.GetBooking;
using AirbnbClone.Application.Bookings.ListBookings;
using AirbnbClone.Application.Bookings.QuoteBooking;
using AirbnbClone.WebApi.Http;
using AirbnbClone.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AirbnbClone.WebApi.Endpoints;

/// <summary>/api/v1/bookings: quotes, instant books and requests, host answers, changes and cancellations.</summary>
public static class BookingsEndpoints
{
    private const string StayRules = "Stays are half-open [checkIn, checkOut): checkOut is the first free day, so a stay may start on the day another ends. checkIn is today (UTC) or later; nights within the listing's minNights..maxNights; guests 1..the listing's maxGuests; not your own listing. The price is always computed by the server: nights x nightly rate, cleaning fee, guest service fee (a share of subtotal + cleaning fee, `Bookings:ServiceFeeRate`, default 14%), total, each rounded half away from zero to the currency's ISO 4217 minor unit (whole yen, cents, fils). Fields other than these are ignored.";

    public static RouteGroupBuilder MapBookingsEndpoints(this RouteGroupBuilder api)
    {
        var bookings = api.MapGroup("/bookings").WithTags("Bookings").RequireAuthorization();

        bookings.MapGet("/quote", Quote)
            .WithSummary("Price a stay without booking it")
            .WithDescription("`propertyId`, `checkIn`, `checkOut` (YYYY-MM-DD), `guests`. Checked like a booking: 409 `Booking.Overlap` when the nights are taken, `Booking.DatesBlocked` when the host blocked them. " + StayRules)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/", Create)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Book a stay")
            .WithDescription("`{propertyId, checkIn, checkOut, guests}`; the guest is the caller. Instant-book listings answer `confirmed`; others `pending`, a request the host must answer within 24 hours (after which it expires and the nights are free again). 409 `Booking.Overlap` when a pending or confirmed booking holds any of the nights (whatever the timing: the database's exclusion constraint guarantees it), `Booking.DatesBlocked` for host blocks, `Booking.OwnListing`; 404 `Property.NotFound` for a missing or unlisted listing. " + StayRules)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapGet("/", List)
            .WithSummary("Your bookings")
            .WithDescription("Newest first. `as` = `guest` (default: stays you booked) | `host` (bookings of your listings); `status` one of pending, confirmed, declined, expired, cancelled, completed; `from`/`to` (YYYY-MM-DD) keep stays sharing a night with [from, to); `limit` 1-100 (default 20); pass `nextCursor` back as `cursor` with the same filters.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        bookings.MapGet("/{id:guid}", GetById)
            .WithHttpCaching(HttpCachingPolicies.PrivateWithTag)
            .WithSummary("A booking")
            .WithDescription("For its guest, its listing's host and admins; anyone else gets 404, as if it did not exist. After a cancellation, `refund` is what the listing's policy refunds.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        bookings.MapPatch("/{id:guid}", Change)
            .WithHttpCaching(HttpCachingPolicies.ConditionalWrite)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Change dates or guests (guest)")
            .WithDescription("`{checkIn?, checkOut?, guests?}` of a pending booking or a confirmed one that has not started. Re-priced and re-checked against other bookings (not itself) and blocks; on a request-to-book listing a changed confirmed booking goes back to `pending`. 403 `Booking.NotGuest` for the host, 409 `Booking.InvalidTransition`, `Booking.AlreadyStarted`, `Booking.Overlap`. " + StayRules)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/{id:guid}/confirm", Confirm)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Accept a request (listing host)")
            .WithDescription("pending -> confirmed. 403 `Booking.NotHost` for the guest or an admin; 409 `Booking.InvalidTransition` from any other status, `Booking.RequestExpired` 24 hours after the request.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/{id:guid}/decline", Decline)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Decline a request (listing host)")
            .WithDescription("pending -> declined; the nights are free again. 403 `Booking.NotHost`; 409 `Booking.InvalidTransition`, `Booking.RequestExpired`.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        bookings.MapPost("/{id:guid}/cancel", Cancel)
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithSummary("Cancel (guest, listing host, admin)")
            .WithDescription("""
                pending or confirmed -> cancelled, before the check-out day. The answer carries `refund {amount, currency}` on
                the booking total, with C = 00:00 UTC of the check-in day, t = now, B = booking time: host or admin
                cancels, or the guest cancels a pending request: full. Any policy: full when t - B <= 48 h and C - t >= 14
                days. Flexible: full when C - t >= 24 h, else total minus first night, service fee and (if t >= C) the
                cleaning fee. Moderate: full when C - t >= 5 days, else 50% of subtotal plus cleaning fee if t < C.
                Strict: full only within that 48 h grace, else 50% of subtotal plus cleaning fee when C - t >= 7 days, else
                nothing. Amounts are rounded to the currency's ISO 4217 minor unit.
                409 `Booking.InvalidTransition` otherwise.
                """)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static Task<Results<Ok<QuoteResponse>, ProblemResult>> Quote(
        Guid? propertyId, string? checkIn, string? checkOut, string? guests, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new QuoteBookingQuery(propertyId, checkIn, checkOut, guests), cancellationToken).ToOk();

    private static Task<Results<Created<BookingResponse>, ProblemResult>> Create(
        BookingBody body, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new CreateBookingCommand(body.PropertyId, body.CheckIn, body.CheckOut, body.Guests), cancellationToken)
            .ToCreated(b => $"/api/v1/bookings/{b.Id}");

    private static Task<Results<Ok<PagedResponse<BookingResponse>>, ProblemResult>> List(
        [AsParameters] ListBookingsQuery query, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(query, cancellationToken).ToOk();

    private static Task<Results<Ok<BookingResponse>, ProblemResult>> GetById(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new GetBookingQuery(id), cancellationToken).ToOk();

    private static Task<Results<Ok<BookingResponse>, ProblemResult>> Change(
        Guid id, BookingBody body, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ChangeBookingCommand(id, body.CheckIn, body.CheckOut, body.Guests), cancellationToken).ToOk();

    private static Task<Results<Ok<BookingResponse>, ProblemResult>> Confirm(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new ConfirmBookingCommand(id), cancellationToken).ToOk();

    private static Task<Results<Ok<BookingResponse>, ProblemResult>> Decline(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new DeclineBookingCommand(id), cancellationToken).ToOk();

    private static Task<Results<Ok<BookingResponse>, ProblemResult>> Cancel(
        Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.Send(new CancelBookingCommand(id), cancellationToken).ToOk();
}
