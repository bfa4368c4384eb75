using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Properties;

public static class PropertyErrors
{
    public static readonly Error NotFound = Error.NotFound("Property.NotFound", "No listing with this id exists, or it is not visible to you.");

    public static readonly Error NotOwner = Error.Forbidden("Property.NotOwner", "Only the listing's host (or an admin) may change it.");

    public static readonly Error HasFutureBookings =
        Error.Conflict("Property.HasFutureBookings", "The listing has future confirmed bookings; cancel them before unlisting.");

    public static readonly Error BlockOverlapsBooking =
        Error.Conflict("Property.BlockOverlapsBooking", "These dates overlap a pending or confirmed booking.");

    public static readonly Error BlockOverlapsBlock =
        Error.Conflict("Property.BlockOverlapsBlock", "These dates overlap another blocked range of this listing.");

    public static readonly Error BlockNotFound = Error.NotFound("Property.BlockNotFound", "This listing has no block with this id.");

    public static readonly Error BlockInPast = Error.Validation("Property.BlockInPast", "A block cannot start before today.");

    public static readonly Error BlockTooLong =
        Error.Validation("Property.BlockTooLong", $"A block may span at most {Property.MaxBlockNights} nights.");
}
