using AirbnbClone.Application.Bookings.CreateBooking;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Bookings.CreateBooking;

public class CreateBookingCommandValidatorRules
{
    private static readonly DateOnly Start = new(2026, 4, 1);

    private readonly CreateBookingCommandValidator _validator = new();

    [Fact]
    public void Validate_Should_Pass_When_TheStayIsWellFormed() =>
        _validator.TestValidate(new CreateBookingCommand(Guid.NewGuid(), Start, Start.AddDays(3), 2)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_Should_NameEveryMissingField_When_TheBodyIsEmpty()
    {
        var result = _validator.TestValidate(new CreateBookingCommand(null, null, null, null));

        result.ShouldHaveValidationErrorFor(c => c.PropertyId);
        result.ShouldHaveValidationErrorFor("checkIn");
        result.ShouldHaveValidationErrorFor("checkOut");
        result.ShouldHaveValidationErrorFor("guests");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(366)]
    public void Validate_Should_FailCheckOut_When_TheStayIsEmptyReversedOrLongerThan365Nights(int nights) =>
        _validator.TestValidate(new CreateBookingCommand(Guid.NewGuid(), Start, Start.AddDays(nights), 2)).ShouldHaveValidationErrorFor("checkOut");

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_Should_FailGuests_When_OutsideOneTo50(int guests) =>
        _validator.TestValidate(new CreateBookingCommand(Guid.NewGuid(), Start, Start.AddDays(3), guests)).ShouldHaveValidationErrorFor("guests");
}
