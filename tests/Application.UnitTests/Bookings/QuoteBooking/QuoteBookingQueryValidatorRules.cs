using AirbnbClone.Application.Bookings.QuoteBooking;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Bookings.QuoteBooking;

public class QuoteBookingQueryValidatorRules
{
    private readonly QuoteBookingQueryValidator _validator = new();

    [Fact]
    public void Validate_Should_Pass_When_EveryParameterIsWellFormed() =>
        _validator.TestValidate(new QuoteBookingQuery(Guid.NewGuid(), "2026-04-01", "2026-04-04", "2")).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_Should_NameEveryParameter_When_AllAreMissing()
    {
        var result = _validator.TestValidate(new QuoteBookingQuery(null, null, null, null));

        result.ShouldHaveValidationErrorFor(q => q.PropertyId);
        result.ShouldHaveValidationErrorFor(q => q.CheckIn);
        result.ShouldHaveValidationErrorFor(q => q.CheckOut).WithErrorMessage("Must be a date as YYYY-MM-DD.");
        result.ShouldHaveValidationErrorFor(q => q.Guests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("tomorrow")]
    public void Validate_Should_FailCheckOut_When_ItIsMissingOrMalformedAndCheckInIsValid(string? checkOut) =>
        _validator.TestValidate(new QuoteBookingQuery(Guid.NewGuid(), "2026-04-01", checkOut, "2")).ShouldHaveValidationErrorFor(q => q.CheckOut);

    [Theory]
    [InlineData("2026-04-01")]
    [InlineData("2026-03-31")]
    [InlineData("2027-04-02")]
    public void Validate_Should_FailCheckOut_When_NotAfterCheckInOrMoreThan365NightsLater(string checkOut) =>
        _validator.TestValidate(new QuoteBookingQuery(Guid.NewGuid(), "2026-04-01", checkOut, "2")).ShouldHaveValidationErrorFor(q => q.CheckOut);

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("two")]
    public void Validate_Should_FailGuests_When_NotANumberFrom1To50(string guests) =>
        _validator.TestValidate(new QuoteBookingQuery(Guid.NewGuid(), "2026-04-01", "2026-04-04", guests)).ShouldHaveValidationErrorFor(q => q.Guests);
}
