using AirbnbClone.Application.Users.Login;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Users.Login;

public class LoginCommandValidatorRules
{
    private readonly LoginCommandValidator _validator = new();

    [Fact]
    public void Validate_Should_Pass_When_EmailAndPasswordAreGiven()
    {
        // Login does not judge the format: a malformed address is just wrong credentials.
        _validator.TestValidate(new LoginCommand("anything", "x")).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_Should_FailEmail_When_ItIsMissing(string? email)
    {
        _validator.TestValidate(new LoginCommand(email, "password")).ShouldHaveValidationErrorFor(c => c.Email);
    }

    [Fact]
    public void Validate_Should_FailEmail_When_ItIsLongerThan254Characters()
    {
        _validator.TestValidate(new LoginCommand(new string('a', 255), "password")).ShouldHaveValidationErrorFor(c => c.Email);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_Should_FailPassword_When_ItIsMissing(string? password)
    {
        _validator.TestValidate(new LoginCommand("alice@example.com", password)).ShouldHaveValidationErrorFor(c => c.Password);
    }

    [Fact]
    public void Validate_Should_FailPassword_When_ItIsLongerThan128Characters()
    {
        var result = _validator.TestValidate(new LoginCommand("alice@example.com", new string('p', 129)));

        result.ShouldHaveValidationErrorFor(c => c.Password);
        _validator.TestValidate(new LoginCommand("alice@example.com", new string('p', 128))).ShouldNotHaveAnyValidationErrors();
    }
}
