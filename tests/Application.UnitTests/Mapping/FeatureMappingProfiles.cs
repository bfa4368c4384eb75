using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.Jobs;
using AirbnbClone.Application.Properties;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AutoMapper;

namespace AirbnbClone.Application.UnitTests.Mapping;

/// <summary>The per-feature profiles map each aggregate (and read row) to the response the API shows.</summary>
public class FeatureMappingProfiles
{
    private static readonly IMapper Mapper = TestUsers.Mapper();
    private static readonly Guid HostId = Guid.CreateVersion7();
    private static readonly Guid GuestId = Guid.CreateVersion7();

    [Fact]
    public void Map_Should_ShowThePriceStatusAndDeadline_When_MappingAPendingBooking()
    {
        var booking = TestListings.Pending(TestListings.Listing(HostId), GuestId);

        var response = Mapper.Map<BookingResponse>(booking);

        response.Id.ShouldBe(booking.Id);
        response.GuestId.ShouldBe(GuestId);
        response.CheckIn.ShouldBe(booking.CheckIn);
        response.Status.ShouldBe("pending");
        response.ExpiresAt.ShouldBe(booking.ExpiresAt);
        response.Price.ShouldBe(PriceResponse.From(booking.Price));
        response.Refund.ShouldBeNull();
    }

    [Fact]
    public void Map_Should_HideTheDeadlineAndShowTheRefund_When_MappingACancelledBooking()
    {
        var booking = TestListings.Confirmed(TestListings.Listing(HostId, instantBook: true), GuestId);
        var refund = booking.Cancel(GuestId, false, HostId, TestListings.Now).Value;

        var response = Mapper.Map<BookingResponse>(booking);

        response.Status.ShouldBe("cancelled");
        response.ExpiresAt.ShouldBeNull();
        response.CancelledAt.ShouldBe(TestListings.Now);
        response.Refund.ShouldBe(new RefundResponse(refund, booking.Currency));
    }

    [Fact]
    public void Map_Should_NestAddressAndHostAndNameTheEnums_When_MappingAListingWithItsHostsName()
    {
        var listing = TestListings.Listing(HostId);

        var response = PropertyMappingProfile.MapWithHost(Mapper, listing, "Hugo");

        response.Host.ShouldBe(new HostSummary(HostId, "Hugo"));
        response.Address.ShouldBe(new AddressResponse(listing.Street, listing.City, listing.State, listing.Country, listing.PostalCode));
        response.Status.ShouldBe("listed");
        response.CancellationPolicy.ShouldBe(listing.CancellationPolicy.ToString().ToLowerInvariant());
        response.Amenities.ShouldBe(listing.Amenities);
        response.PricePerNight.ShouldBe(listing.PricePerNight);
    }

    [Fact]
    public void Map_Should_ParseThePayloadText_When_MappingAJobRow()
    {
        var row = new JobRow { Id = Guid.CreateVersion7(), Type = "email.send", State = "dead", Payload = """{"to":"a@b.c","n":2}""" };

        var response = Mapper.Map<JobResponse>(row);

        response.Id.ShouldBe(row.Id);
        response.State.ShouldBe("dead");
        response.Payload.GetProperty("to").GetString().ShouldBe("a@b.c");
        response.Payload.GetProperty("n").GetInt32().ShouldBe(2);
    }
}
