using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Bookings.ListBookings;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Bookings.ListBookings;

/// <summary>The list's handler reads the database through Dapper (integration tests); its query-string rules are unit-tested here.</summary>
public class ListBookingsQueryValidatorRules
{
    private readonly ListBookingsQueryValidator _validator = new();

    [Fact]
    public void Validate_Should_Pass_When_NothingIsGiven() =>
        _validator.TestValidate(new ListBookingsQuery(null, null, null, null, null, null)).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Validate_Should_Pass_When_EveryParameterIsWellFormed() =>
        _validator.TestValidate(new ListBookingsQuery("host", "confirmed", "2026-03-01", "2026-04-01", "100", Cursor.Encode($"{DateTimeOffset.UnixEpoch.UtcTicks}|{Guid.NewGuid()}")))
            .ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("admin")]
    [InlineData("Host")]
    public void Validate_Should_FailAs_When_ItIsNeitherGuestNorHost(string value) =>
        _validator.TestValidate(Query(@as: value)).ShouldHaveValidationErrorFor(q => q.As);

    [Theory]
    [InlineData("active")]
    [InlineData("Pending")]
    public void Validate_Should_FailStatus_When_ItIsNotABookingStatus(string value) =>
        _validator.TestValidate(Query(status: value)).ShouldHaveValidationErrorFor(q => q.Status);

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01/03/2026")]
    public void Validate_Should_FailFromAndTo_When_TheyAreNotIsoDates(string value)
    {
        var result = _validator.TestValidate(Query(from: value, to: value));

        result.ShouldHaveValidationErrorFor(q => q.From);
        result.ShouldHaveValidationErrorFor(q => q.To);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    public void Validate_Should_FailLimit_When_ItIsNotBetween1And100(string value) =>
        _validator.TestValidate(Query(limit: value)).ShouldHaveValidationErrorFor(q => q.Limit);

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("MTIzNA")]
    public void Validate_Should_FailCursor_When_ThisListDidNotIssueIt(string value) =>
        _validator.TestValidate(Query(cursor: value)).ShouldHaveValidationErrorFor(q => q.Cursor);

    [Fact]
    public void Validate_Should_FailCursor_When_ItsIdIsNotAGuid() =>
        _validator.TestValidate(Query(cursor: Cursor.Encode("638000000000000000|nope"))).ShouldHaveValidationErrorFor(q => q.Cursor);

    private static ListBookingsQuery Query(string? @as = null, string? status = null, string? from = null, string? to = null, string? limit = null, string? cursor = null) =>
        new(@as, status, from, to, limit, cursor);
}
