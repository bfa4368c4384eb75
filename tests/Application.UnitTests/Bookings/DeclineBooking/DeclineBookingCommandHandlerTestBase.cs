using AirbnbClone.Application.Bookings.DeclineBooking;

namespace AirbnbClone.Application.UnitTests.Bookings.DeclineBooking;

public abstract class DeclineBookingCommandHandlerTestBase : BookingHandlerTestBase
{
    private protected DeclineBookingCommandHandler Handler() => new(Bookings, Properties, CurrentUser, UnitOfWork, Mapper, Clock);
}
