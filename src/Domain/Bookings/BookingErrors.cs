using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Bookings;

public static class BookingErrors
{
    public static readonly Error NotFound =
        Error.NotFound("Booking.NotFound", "No booking with this id exists, or it is not visible to you.");

    public static readonly Error Overlap =
        Error.Conflict("Booking.Overlap", "These nights overlap a pending or confirmed booking of this listing.");

    public static readonly Error DatesBlocked =
        Error.Conflict("Booking.DatesBlocked", "The host has blocked some of these nights.");

    public static readonly Error InPast =
        Error.Validation("Booking.InPast", "The check-in day cannot be before today (UTC).");

    public static readonly Error TooFarAhead =
        Error.Validation("Booking.TooFarAhead", $"The check-in day can be at most {Booking.MaxDaysAhead} days after today (UTC).");

    public static readonly Error TooFewNights =
        Error.Validation("Booking.TooFewNights", "The stay is shorter than the listing's minimum number of nights.");

    public static readonly Error TooManyNights =
        Error.Validation("Booking.TooManyNights", "The stay is longer than the listing's maximum number of nights.");

    public static readonly Error TooManyGuests =
        Error.Validation("Booking.TooManyGuests", "The listing does not take this many guests.");

    public static readonly Error InvalidGuests =
        Error.Validation("Booking.InvalidGuests", "A booking needs at least one guest.");

    public static readonly Error OwnListing =
        Error.Conflict("Booking.OwnListing", "A host cannot book their own listing.");

    public static readonly Error TooManyPending =
        Error.Conflict("Booking.TooManyPending", "You already hold the most pending requests to book allowed at once; wait for a host's answer or cancel one.");

    public static readonly Error InvalidTransition =
        Error.Conflict("Booking.InvalidTransition", "The booking's current status does not allow this.");

    public static readonly Error RequestExpired =
        Error.Conflict("Booking.RequestExpired", "The host did not answer within 24 hours; the request has expired.");

    public static readonly Error AlreadyStarted =
        Error.Conflict("Booking.AlreadyStarted", "The stay has already started and can no longer be changed.");

    public static readonly Error NotGuest =
        Error.Forbidden("Booking.NotGuest", "Only the guest who made the booking may do this.");

    public static readonly Error NotHost =
        Error.Forbidden("Booking.NotHost", "Only the listing's host may do this.");
}
