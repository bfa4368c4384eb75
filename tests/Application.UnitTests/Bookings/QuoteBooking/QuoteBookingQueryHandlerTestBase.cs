using AirbnbClone.Application.Bookings.QuoteBooking;
using AirbnbClone.Application.UnitTests.TestDoubles;

namespace AirbnbClone.Application.UnitTests.Bookings.QuoteBooking;

public abstract class QuoteBookingQueryHandlerTestBase : BookingHandlerTestBase
{
    protected QuoteBookingQueryHandlerTestBase() => SignInAsGuest();

    private protected QuoteBookingQueryHandler Handler() => new(Properties, Bookings, CurrentUser, Pricing, Clock);

    protected QuoteBookingQuery Query(int from = 10, int to = 13, string guests = "2", Guid? propertyId = null) =>
        new(propertyId ?? Listing.Id, TestListings.Day(from).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TestListings.Day(to).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), guests);
}
