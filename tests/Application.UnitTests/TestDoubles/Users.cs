using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace AirbnbClone.Application.UnitTests.TestDoubles;

internal static class TestUsers
{
    public static Email Email(string value = "alice@example.com") => AirbnbClone.Domain.Shared.Email.Create(value).Value;

    public static User Guest(string email = "alice@example.com", string passwordHash = "stored-hash") =>
        Register(email, passwordHash, Role.Guest);

    public static User Host(string email = "henry@example.com") => Register(email, "stored-hash", Role.Host);

    public static User Register(string email, string passwordHash, Role role)
    {
        var user = User.Register(Email(email), passwordHash, "Alice", "Martin", "0612345678", role, TestClock.DefaultStart).Value;
        user.ClearDomainEvents();
        return user;
    }

    public static User Admin(string email = "ops@example.com")
    {
        var user = User.CreateAdmin(Email(email), "admin-hash", TestClock.DefaultStart).Value;
        user.ClearDomainEvents();
        return user;
    }

    public static User Deleted(string email = "alice@example.com")
    {
        var user = Guest(email);
        user.Delete(TestClock.DefaultStart).IsSuccess.ShouldBeTrue();
        return user;
    }

    public static IMapper Mapper() =>
        new MapperConfiguration(cfg => cfg.AddMaps(typeof(AirbnbClone.Application.DependencyInjection).Assembly), NullLoggerFactory.Instance)
            .CreateMapper();

    public static UserResponse ResponseOf(User user) => Mapper().Map<UserResponse>(user);

    public static string HashOf(string refreshToken) => RefreshTokenSecret.Hash(refreshToken);
}
