using AirbnbClone.Application.Users.RegisterUser;
using AirbnbClone.Domain.Users;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Users.RegisterUser;

public class RegisterUserCommandValidatorRules
{
    private static readonly RegisterUserCommand Valid = new("alice@example.com", "correct-horse-battery", "Alice", "Martin");

    private readonly RegisterUserCommandValidator _validator = new();

    [Theory]
    [InlineData(null, null)]
    [InlineData("guest", null)]
    [InlineData("host", "+33 6 12 34 56 78")]
    [InlineData(null, "")]
    public void Validate_Should_Pass_When_EveryFieldIsValid(string? role, string? phone)
    {
        _validator.TestValidate(Valid with { Role = role, PhoneNumber = phone }).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("alice")]
    [InlineData("alice@localhost")]
    [InlineData("al ice@example.com")]
    public void Validate_Should_FailEmail_When_EmailIsMissingOrMalformed(string? email)
    {
        var result = _validator.TestValidate(Valid with { Email = email });

        result.ShouldHaveValidationErrorFor(c => c.Email).Count().ShouldBe(1);
    }

    [Fact]
    public void Validate_Should_FailEmail_When_EmailIsLongerThan254Characters()
    {
        var email = new string('a', 64) + "@" + new string('b', 186) + ".com";

        _validator.TestValidate(Valid with { Email = email }).ShouldHaveValidationErrorFor(c => c.Email);
    }

    [Theory]
    [InlineData("123456789", "Password.TooShort")]
    [InlineData("my-alice-password", "Password.ContainsEmail")]
    [InlineData("My-ALICE-Password", "Password.ContainsEmail")]
    public void Validate_Should_FailPasswordWithThePolicyMessage_When_PasswordBreaksThePolicy(string password, string errorCode)
    {
        var expected = new[] { PasswordPolicy.TooShort, PasswordPolicy.ContainsEmail }.Single(e => e.Code == errorCode);

        _validator.TestValidate(Valid with { Password = password })
            .ShouldHaveValidationErrorFor(c => c.Password)
            .WithErrorMessage(expected.Message);
    }

    [Fact]
    public void Validate_Should_FailPasswordWithTooLong_When_PasswordHasMoreThan128Characters()
    {
        _validator.TestValidate(Valid with { Password = new string('p', 129) })
            .ShouldHaveValidationErrorFor(c => c.Password)
            .WithErrorMessage(PasswordPolicy.TooLong.Message);
    }

    [Fact]
    public void Validate_Should_StillCheckPasswordLength_When_EmailIsInvalid()
    {
        var result = _validator.TestValidate(Valid with { Email = "nope", Password = "short" });

        result.ShouldHaveValidationErrorFor(c => c.Password).WithErrorMessage(PasswordPolicy.TooShort.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_Should_FailFirstName_When_ItIsMissingOrBlank(string? firstName)
    {
        _validator.TestValidate(Valid with { FirstName = firstName }).ShouldHaveValidationErrorFor(c => c.FirstName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_Should_FailLastName_When_ItIsMissingOrBlank(string? lastName)
    {
        _validator.TestValidate(Valid with { LastName = lastName }).ShouldHaveValidationErrorFor(c => c.LastName);
    }

    [Fact]
    public void Validate_Should_FailNames_When_TheyAreLongerThan100Characters()
    {
        var tooLong = new string('n', 101);

        var result = _validator.TestValidate(Valid with { FirstName = tooLong, LastName = tooLong });

        result.ShouldHaveValidationErrorFor(c => c.FirstName);
        result.ShouldHaveValidationErrorFor(c => c.LastName);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me")]
    [InlineData("123456789012345678901")]
    public void Validate_Should_FailPhoneNumber_When_ItIsMalformed(string phone)
    {
        _validator.TestValidate(Valid with { PhoneNumber = phone }).ShouldHaveValidationErrorFor(c => c.PhoneNumber);
    }

    [Fact]
    public void Validate_Should_FailRoleWithAdminNotAllowed_When_RoleIsAdmin()
    {
        _validator.TestValidate(Valid with { Role = "admin" })
            .ShouldHaveValidationErrorFor(c => c.Role)
            .WithErrorMessage(UserErrors.AdminNotAllowed.Message);
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("Host")] // role names are lower-case
    [InlineData("")]
    public void Validate_Should_FailRoleAsUnknown_When_RoleIsNotGuestOrHost(string role)
    {
        _validator.TestValidate(Valid with { Role = role })
            .ShouldHaveValidationErrorFor(c => c.Role)
            .WithErrorMessage("Must be 'guest' or 'host'.");
    }

    [Fact]
    public void Validate_Should_ReportEveryInvalidFieldAtOnce_When_AllFieldsAreInvalid()
    {
        var command = new RegisterUserCommand("bad", "short", " ", new string('n', 101), "12", "root");

        var result = _validator.TestValidate(command);

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(
            [nameof(command.Email), nameof(command.Password), nameof(command.FirstName), nameof(command.LastName), nameof(command.PhoneNumber), nameof(command.Role)],
            ignoreOrder: true);
    }
}
