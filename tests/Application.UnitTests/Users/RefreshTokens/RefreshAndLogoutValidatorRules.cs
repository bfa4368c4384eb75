using AirbnbClone.Application.Users.Logout;
using AirbnbClone.Application.Users.RefreshTokens;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Users.RefreshTokens;

public class RefreshAndLogoutValidatorRules
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("a-token", true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Validate_Should_AcceptOnlyANonEmptyTokenOfAtMost128Characters_When_RefreshingOrLoggingOut(object? token, bool valid)
    {
        var value = token is int length ? new string('t', length) : (string?)token;

        new RefreshTokenCommandValidator().TestValidate(new RefreshTokenCommand(value)).IsValid.ShouldBe(valid);
        new LogoutCommandValidator().TestValidate(new LogoutCommand(value)).IsValid.ShouldBe(valid);
    }
}
