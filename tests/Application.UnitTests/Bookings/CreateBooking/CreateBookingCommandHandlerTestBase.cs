using AirbnbClone.Application.Bookings.CreateBooking;
using AirbnbClone.Application.UnitTests.TestDoubles;

namespace AirbnbClone.Application.UnitTests.Bookings.CreateBooking;

public abstract class CreateBookingCommandHandlerTestBase : BookingHandlerTestBase
{
    protected CreateBookingCommandHandlerTestBase() => SignInAsGuest();

    private protected CreateBookingCommandHandler Handler() => new(Properties, Bookings, CurrentUser, UnitOfWork, Mapper, Pricing, PendingLimit, Clock);

    protected CreateBookingCommand Command(int from = 10, int to = 13, int guests = 2, Guid? propertyId = null) =>
        new(propertyId ?? Listing.Id, TestListings.Day(from), TestListings.Day(to), guests);
}
