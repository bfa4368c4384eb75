using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class RoleNamesConversion
{
    [Theory]
    [InlineData(Role.Guest, "guest")]
    [InlineData(Role.Host, "host")]
    [InlineData(Role.Admin, "admin")]
    public void ToNameAndTryParse_Should_RoundTrip_When_RoleIsKnown(Role role, string name)
    {
        role.ToName().ShouldBe(name);
        RoleNames.TryParse(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Admin")] // names are case-sensitive
    [InlineData("superuser")]
    public void TryParse_Should_FailAndAnswerGuest_When_NameIsUnknown(string? name)
    {
        RoleNames.TryParse(name, out var parsed).ShouldBeFalse();
        parsed.ShouldBe(Role.Guest);
    }
}
