using AirbnbClone.Application.Users.UpdateCurrentUser;
using AirbnbClone.Domain.Users;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Users.UpdateCurrentUser;

public class UpdateCurrentUserCommandValidatorRules
{
    private readonly UpdateCurrentUserCommandValidator _validator = new();

    [Fact]
    public void Validate_Should_Pass_When_NothingIsGiven()
    {
        _validator.TestValidate(new UpdateCurrentUserCommand()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_Should_Pass_When_EveryGivenFieldIsValid()
    {
        var command = new UpdateCurrentUserCommand("Alicia", "Dupont", string.Empty, "current-password", "brand-new-passphrase");

        _validator.TestValidate(command).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_Should_FailCurrentPasswordAsRequired_When_NewPasswordIsGivenWithoutIt(string? currentPassword)
    {
        _validator.TestValidate(new UpdateCurrentUserCommand(CurrentPassword: currentPassword, NewPassword: "brand-new-passphrase"))
            .ShouldHaveValidationErrorFor(c => c.CurrentPassword)
            .WithErrorMessage(UserErrors.CurrentPasswordRequired.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    public void Validate_Should_FailNewPassword_When_ItIsShorterThanTenCharacters(string newPassword)
    {
        _validator.TestValidate(new UpdateCurrentUserCommand(CurrentPassword: "current-password", NewPassword: newPassword))
            .ShouldHaveValidationErrorFor(c => c.NewPassword);
    }

    [Fact]
    public void Validate_Should_FailNewPassword_When_ItIsLongerThan128Characters()
    {
        _validator.TestValidate(new UpdateCurrentUserCommand(CurrentPassword: "current-password", NewPassword: new string('p', 129)))
            .ShouldHaveValidationErrorFor(c => c.NewPassword);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(null, "   ")]
    public void Validate_Should_FailAName_When_ItIsGivenBlank(string? firstName, string? lastName)
    {
        var result = _validator.TestValidate(new UpdateCurrentUserCommand(firstName, lastName));

        result.Errors.Count.ShouldBe(1);
        result.Errors[0].PropertyName.ShouldBe(firstName is null ? "LastName" : "FirstName");
    }

    [Fact]
    public void Validate_Should_FailPhoneNumber_When_ItIsMalformed()
    {
        _validator.TestValidate(new UpdateCurrentUserCommand(PhoneNumber: "12")).ShouldHaveValidationErrorFor(c => c.PhoneNumber);
    }
}
