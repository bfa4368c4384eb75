using AirbnbClone.Application.Bookings.ChangeBooking;
using AirbnbClone.Application.UnitTests.TestDoubles;

namespace AirbnbClone.Application.UnitTests.Bookings.ChangeBooking;

public abstract class ChangeBookingCommandHandlerTestBase : BookingHandlerTestBase
{
    private protected ChangeBookingCommandHandler Handler() => new(Bookings, Properties, CurrentUser, UnitOfWork, Mapper, Pricing, PendingLimit, Preconditions, Clock);

    protected static ChangeBookingCommand Command(Guid bookingId, int? from = null, int? to = null, int? guests = null) =>
        new(bookingId, from is { } f ? TestListings.Day(f) : null, to is { } t ? TestListings.Day(t) : null, guests);
}
