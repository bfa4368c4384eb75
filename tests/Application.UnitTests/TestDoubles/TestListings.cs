using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.UnitTests.TestDoubles;

/// <summary>Listings, bookings and their parties built through the real domain factories, with no events left over.</summary>
internal static class TestListings
{
    /// <summary>The instant every entity here is made at: the default start of <see cref="TestClock"/>.</summary>
    public static DateTimeOffset Now => TestClock.DefaultStart;

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static DateOnly Day(int offset) => Today.AddDays(offset);

    public static DateRange Stay(int from, int to) => DateRange.Create(Day(from), Day(to)).Value;

    public static PricingService Pricing { get; } = new();

    /// <summary>A listing that satisfies every rule: 120 EUR a night, 20 EUR cleaning, up to 4 guests.</summary>
    public static PropertyDraft Draft() => new()
    {
        Title = "Sunny loft",
        Description = "Near the river.",
        Street = "Rua 1",
        City = "Lisbon",
        Country = "PT",
        Latitude = 38.7,
        Longitude = -9.1,
        PricePerNight = 120m,
        Currency = "EUR",
        CleaningFee = 20m,
        MaxGuests = 4,
        Bedrooms = 2,
        Beds = 2,
        Bathrooms = 1,
        Amenities = ["wifi"],
        Photos = ["https://img.example.com/1.jpg"],
        MinNights = 1,
        MaxNights = 30,
        InstantBook = false,
        CancellationPolicy = "flexible",
    };

    /// <summary>The same listing as a request body (POST/PUT).</summary>
    public static PropertyBody Body() => new()
    {
        Title = "Sunny loft",
        Description = "Near the river.",
        Address = new AddressBody("Rua 1", "Lisbon", null, "PT", "1100-001"),
        Latitude = 38.7,
        Longitude = -9.1,
        PricePerNight = 120m,
        Currency = "EUR",
        CleaningFee = 20m,
        MaxGuests = 4,
        Bedrooms = 2,
        Beds = 2,
        Bathrooms = 1,
        Amenities = ["wifi"],
        Photos = ["https://img.example.com/1.jpg"],
        MinNights = 1,
        MaxNights = 30,
        InstantBook = false,
        CancellationPolicy = "moderate",
    };

    public static Property Listing(Guid hostId, bool instantBook = false)
    {
        var property = Property.Create(hostId, PropertyDetails.Create(Draft() with { InstantBook = instantBook }).Value, Now);
        property.ClearDomainEvents();
        return property;
    }

    public static Property Unlisted(Guid hostId)
    {
        var property = Listing(hostId);
        property.Unlist(Now);
        property.ClearDomainEvents();
        return property;
    }

    /// <summary>A pending request on a request-to-book listing, expiring 24 hours after <see cref="Now"/>.</summary>
    public static Booking Pending(Property listing, Guid guestId, int from = 10, int to = 13, int guests = 2)
    {
        var booking = Booking.Reserve(listing, guestId, Stay(from, to), guests, Now, Pricing).Value;
        booking.Status.ShouldBe(BookingStatus.Pending);
        booking.ClearDomainEvents();
        return booking;
    }

    /// <summary>A confirmed stay: reserved, then accepted by the host at <see cref="Now"/> (or instantly booked).</summary>
    public static Booking Confirmed(Property listing, Guid guestId, int from = 10, int to = 13, int guests = 2)
    {
        var booking = Booking.Reserve(listing, guestId, Stay(from, to), guests, Now, Pricing).Value;
        if (booking.Status == BookingStatus.Pending)
        {
            booking.Confirm(listing, listing.HostId, Now).IsSuccess.ShouldBeTrue();
        }

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        booking.ClearDomainEvents();
        return booking;
    }

    /// <summary>A registered user with a name of their own, so e-mails can be told apart.</summary>
    public static User Person(string firstName, string lastName, Role role)
    {
        var email = $"{firstName.ToLowerInvariant()}@example.com";
        var user = User.Register(TestUsers.Email(email), "stored-hash", firstName, lastName, null, role, Now).Value;
        user.ClearDomainEvents();
        return user;
    }
}
