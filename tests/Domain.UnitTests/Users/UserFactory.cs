using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

internal static class UserFactory
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Email Email(string value = "alice@example.com") => AirbnbClone.Domain.Shared.Email.Create(value).Value;

    public static User Guest(string? phoneNumber = "+33 6 12 34 56 78")
    {
        var user = User.Register(Email(), "hash-1", "Alice", "Martin", phoneNumber, Role.Guest, Now).Value;
        user.ClearDomainEvents();
        return user;
    }

    public static User DeletedGuest()
    {
        var user = Guest();
        user.Delete(Now.AddDays(1)).IsSuccess.ShouldBeTrue();
        user.ClearDomainEvents();
        return user;
    }
}
