using AirbnbClone.Application.Bookings.Specifications;
using AirbnbClone.Application.Properties.Specifications;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Application.Users.Specifications;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.UnitTests.Specifications;

/// <summary>The write side's named loads select what their names say (in memory; WriteSideTests run them on EF).</summary>
public class WriteSideSpecifications
{
    private static readonly Guid HostId = Guid.CreateVersion7();

    [Fact]
    public void PropertyWithBlocksSpec_Should_SelectOneListingWithItsBlocks_And_TrackUnlessAskedNotTo()
    {
        var listings = new[] { TestListings.Listing(HostId), TestListings.Listing(HostId), TestListings.Listing(HostId) };
        var wanted = listings[1];

        var tracked = new PropertyWithBlocksSpec(wanted.Id);
        var untracked = new PropertyWithBlocksSpec(wanted.Id, tracked: false);

        tracked.Evaluate(listings).ShouldBe([wanted]);
        tracked.IncludeExpressions.Single().LambdaExpression.ToString().ShouldBe($"p => p.{nameof(Property.Blocks)}");
        tracked.AsNoTracking.ShouldBeFalse();
        untracked.AsNoTracking.ShouldBeTrue();
        new PropertyWithBlocksSpec(Guid.NewGuid()).Evaluate(listings).ShouldBeEmpty();
    }

    [Fact]
    public void BookingByIdSpec_Should_SelectOnlyThatBooking()
    {
        var listing = TestListings.Listing(HostId);
        var bookings = new[] { TestListings.Pending(listing, Guid.NewGuid(), 10, 12), TestListings.Pending(listing, Guid.NewGuid(), 20, 22) };

        new BookingByIdSpec(bookings[1].Id).Evaluate(bookings).ShouldBe([bookings[1]]);
        new BookingByIdSpec(Guid.NewGuid()).Evaluate(bookings).ShouldBeEmpty();
    }

    [Fact]
    public void UserByEmailSpec_Should_MatchTheNormalisedAddress()
    {
        var users = new[] { TestUsers.Guest("ada@example.com"), TestUsers.Guest("bob@example.com") };

        new UserByEmailSpec(TestUsers.Email("BOB@Example.com")).Evaluate(users).Select(u => u.Email.Value).ShouldBe(["bob@example.com"]);
        new UserByEmailSpec(TestUsers.Email("carol@example.com")).Evaluate(users).ShouldBeEmpty();
    }
}
