using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Domain.UnitTests.Users;

public sealed class PasswordPolicyCheckCredentials
{
    [Fact]
    public void CheckCredentials_Should_ReturnTheNormalisedEmail_When_BothAreValid()
    {
        var result = PasswordPolicy.CheckCredentials("  Ada@Example.COM ", "correct-horse-battery");

        result.Value.Value.ShouldBe("ada@example.com");
    }

    [Fact]
    public void CheckCredentials_Should_FailWithTheEmailError_When_EmailIsInvalid()
    {
        PasswordPolicy.CheckCredentials("not-an-email", "correct-horse-battery").Error.ShouldBe(EmailErrors.Invalid);
    }

    [Theory]
    [InlineData("short", "Password.TooShort")]
    [InlineData("xx-adalovelace-xx", "Password.ContainsEmail")]
    public void CheckCredentials_Should_FailWithThePolicyError_When_PasswordBreaksThePolicy(string password, string code)
    {
        PasswordPolicy.CheckCredentials("AdaLovelace@example.com", password).Error.Code.ShouldBe(code);
    }
}
