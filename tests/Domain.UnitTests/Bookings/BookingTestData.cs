using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.UnitTests.Properties;

namespace AirbnbClone.Domain.UnitTests.Bookings;

internal static class BookingTestData
{
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2030, 1, 1);
    public static readonly Guid HostId = Guid.NewGuid();
    public static readonly Guid GuestId = Guid.NewGuid();
    public static readonly PricingService Pricing = new();

    public static Property Listing(bool instantBook = false, int minNights = 1, int maxNights = 30, string policy = "flexible") =>
        Property.Create(
            HostId,
            PropertyDetails.Create(PropertyDetailsCreate.Valid() with
            {
                InstantBook = instantBook,
                MinNights = minNights,
                MaxNights = maxNights,
                CancellationPolicy = policy,
            }).Value,
            Now);

    public static DateRange Stay(int from, int to) => DateRange.Create(Today.AddDays(from), Today.AddDays(to)).Value;

    public static Booking Reserve(Property property, int from = 10, int to = 13, int guests = 2, DateTimeOffset? now = null) =>
        Booking.Reserve(property, GuestId, Stay(from, to), guests, now ?? Now, Pricing).Value;
}
