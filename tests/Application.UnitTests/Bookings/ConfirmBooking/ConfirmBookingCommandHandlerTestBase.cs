using AirbnbClone.Application.Bookings.ConfirmBooking;

namespace AirbnbClone.Application.UnitTests.Bookings.ConfirmBooking;

public abstract class ConfirmBookingCommandHandlerTestBase : BookingHandlerTestBase
{
    private protected ConfirmBookingCommandHandler Handler() => new(Bookings, Properties, CurrentUser, UnitOfWork, Mapper, Clock);
}
