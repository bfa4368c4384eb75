using AirbnbClone.Application.Users;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Users;
using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace AirbnbClone.Application.UnitTests.Mapping;

public class UserMappingProfileConfiguration
{
    [Fact]
    public void AssertConfigurationIsValid_Should_NotThrow_When_AllProfilesOfTheApplicationAreLoaded()
    {
        var configuration = new MapperConfiguration(
            cfg => cfg.AddMaps(typeof(AirbnbClone.Application.DependencyInjection).Assembly), NullLoggerFactory.Instance);

        Should.NotThrow(configuration.AssertConfigurationIsValid);
    }

    [Fact]
    public void Map_Should_CopyEveryFieldWithEmailValueAndRoleName_When_MappingAUser()
    {
        var user = User.Register(TestUsers.Email("host@example.com"), "h", "Henry", "Ford", "+1 555 123 4567", Role.Host, TestClock.DefaultStart).Value;

        var response = TestUsers.Mapper().Map<UserResponse>(user);

        response.ShouldBe(new UserResponse
        {
            Id = user.Id,
            Email = "host@example.com",
            FirstName = "Henry",
            LastName = "Ford",
            PhoneNumber = "+1 555 123 4567",
            Role = "host",
            CreatedAt = TestClock.DefaultStart,
        });
    }
}
