using AirbnbClone.Application.Bookings.CancelBooking;

namespace AirbnbClone.Application.UnitTests.Bookings.CancelBooking;

public abstract class CancelBookingCommandHandlerTestBase : BookingHandlerTestBase
{
    private protected CancelBookingCommandHandler Handler() => new(Bookings, Properties, CurrentUser, UnitOfWork, Mapper, Clock);
}
