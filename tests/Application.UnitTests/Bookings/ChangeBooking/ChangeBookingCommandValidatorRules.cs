using AirbnbClone.Application.Bookings.ChangeBooking;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Bookings.ChangeBooking;

public class ChangeBookingCommandValidatorRules
{
    private static readonly DateOnly Start = new(2026, 4, 1);

    private readonly ChangeBookingCommandValidator _validator = new();

    [Fact]
    public void Validate_Should_Pass_When_OnlyTheGuestCountIsGiven() =>
        _validator.TestValidate(new ChangeBookingCommand(Guid.NewGuid(), null, null, 3)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_Should_FailTheBody_When_NothingIsGiven() =>
        _validator.TestValidate(new ChangeBookingCommand(Guid.NewGuid(), null, null, null)).ShouldHaveValidationErrorFor("body");

    [Fact]
    public void Validate_Should_FailCheckOut_When_BothDatesAreGivenReversed() =>
        _validator.TestValidate(new ChangeBookingCommand(Guid.NewGuid(), Start, Start, null)).ShouldHaveValidationErrorFor(c => c.CheckOut);

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Validate_Should_FailGuests_When_OutsideOneTo50(int guests) =>
        _validator.TestValidate(new ChangeBookingCommand(Guid.NewGuid(), null, null, guests)).ShouldHaveValidationErrorFor(c => c.Guests);
}
