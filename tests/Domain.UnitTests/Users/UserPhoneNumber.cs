using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public class UserPhoneNumber
{
    [Theory]
    [InlineData("+33 6 12 34 56 78", "+33 6 12 34 56 78")]
    [InlineData("  0612345678  ", "0612345678")]
    [InlineData("+1 (555) 123-4567", "+1 (555) 123-4567")]
    [InlineData("020.7946.0958", "020.7946.0958")]
    [InlineData("123456", "123456")] // 6 digits: the minimum
    [InlineData("+12345678901234567890", "+12345678901234567890")] // 20 digits: the maximum
    public void Register_Should_StoreTheTrimmedPhone_When_PhoneIsValid(string phone, string expected)
    {
        var user = User.Register(UserFactory.Email(), "hash", "Alice", "Martin", phone, Role.Guest, UserFactory.Now).Value;

        user.PhoneNumber.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Register_Should_StoreNoPhone_When_PhoneIsNullOrBlank(string? phone)
    {
        var user = User.Register(UserFactory.Email(), "hash", "Alice", "Martin", phone, Role.Guest, UserFactory.Now).Value;

        user.PhoneNumber.ShouldBeNull();
    }

    [Theory]
    [InlineData("12345")] // 5 digits
    [InlineData("1-2-3-4-5")] // only 5 digits despite its length
    [InlineData("123456789012345678901")] // 21 digits
    [InlineData("phone: 0612345678")]
    [InlineData("06123456ab")]
    [InlineData("++33612345678")]
    [InlineData("0612345678-")] // must end with a digit
    [InlineData("(06)12345678")] // must start with '+' or a digit
    [InlineData("06 12 34 56 78 ext 9")]
    public void Register_Should_FailWithInvalidPhoneNumber_When_PhoneIsMalformed(string phone)
    {
        User.Register(UserFactory.Email(), "hash", "Alice", "Martin", phone, Role.Guest, UserFactory.Now)
            .Error.ShouldBe(UserErrors.InvalidPhoneNumber);
    }
}
