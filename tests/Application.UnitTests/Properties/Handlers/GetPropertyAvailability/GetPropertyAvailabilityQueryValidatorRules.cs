using AirbnbClone.Application.Properties.GetPropertyAvailability;
using AirbnbClone.Application.UnitTests.TestDoubles;
using FluentValidation.TestHelper;
using Microsoft.Extensions.Time.Testing;

namespace AirbnbClone.Application.UnitTests.Properties.Handlers.GetPropertyAvailability;

/// <summary>
/// The calendar's handler reads the database through Dapper (integration tests); its parameter rules are unit-tested
/// here, today being 2026-03-01 (UTC).
/// </summary>
public class GetPropertyAvailabilityQueryValidatorRules
{
    private readonly GetPropertyAvailabilityQueryValidator _validator = new(new FakeTimeProvider(TestClock.DefaultStart));

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-03-01", null)]
    [InlineData(null, "2026-03-31")]
    [InlineData("2026-03-01", "2026-03-02")]
    [InlineData("2026-03-01", "2027-03-02")]
    public void Validate_Should_Pass_When_TheDatesAreMissingOrAValidRange(string? from, string? to) =>
        _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), from, to)).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("2026-3-1")]
    [InlineData("tomorrow")]
    public void Validate_Should_FailFrom_When_ItIsNotAnIsoDate(string from) =>
        _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), from, null)).ShouldHaveValidationErrorFor(q => q.From);

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("")]
    public void Validate_Should_FailTo_When_ItIsNotAnIsoDate(string to) =>
        _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), null, to)).ShouldHaveValidationErrorFor(q => q.To);

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026-02-28")]
    public void Validate_Should_FailTo_When_ItIsNotAfterFrom(string to) =>
        _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), "2026-03-01", to)).ShouldHaveValidationErrorFor(q => q.To);

    [Fact]
    public void Validate_Should_FailTo_When_TheRangeExceeds366Nights() =>
        _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), "2026-03-01", "2027-03-03")).ShouldHaveValidationErrorFor(q => q.To);

    [Theory]
    [InlineData("2026-02-27")] // before today, with 'from' defaulting to today
    [InlineData("2026-03-01")] // today itself: no night
    [InlineData("2027-03-03")] // 367 nights after today
    [InlineData("9999-12-31")]
    public void Validate_Should_FailTo_When_OnlyToIsGivenAndTheWindowFromTodayIsEmptyOrTooLong(string to)
    {
        var result = _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), null, to));

        result.ShouldHaveValidationErrorFor(q => q.To);
        result.ShouldNotHaveValidationErrorFor(q => q.From);
    }

    [Theory]
    [InlineData("9999-12-31", null)]
    [InlineData("9999-12-01", "9999-12-31")]
    [InlineData("2036-03-02", null)] // ten years and a day ahead
    public void Validate_Should_FailOnlyFrom_When_ItStartsMoreThanTenYearsAhead(string from, string? to)
    {
        var result = _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), from, to));

        result.ShouldHaveValidationErrorFor(q => q.From);
        result.ShouldNotHaveValidationErrorFor(q => q.To);
    }

    [Fact]
    public void Validate_Should_Pass_When_TheCalendarStartsExactlyTenYearsAhead() =>
        _validator.TestValidate(new GetPropertyAvailabilityQuery(Guid.NewGuid(), "2036-03-01", null)).ShouldNotHaveAnyValidationErrors();
}
