using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Users.ListUsers;
using FluentValidation.TestHelper;

namespace AirbnbClone.Application.UnitTests.Users.ListUsers;

public class ListUsersQueryValidatorRules
{
    private readonly ListUsersQueryValidator _validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(100)]
    public void Validate_Should_Pass_When_LimitIsAbsentOrOneTo100(int? limit)
    {
        _validator.TestValidate(new ListUsersQuery(limit, null)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void Validate_Should_FailLimit_When_ItIsOutsideOneTo100(int limit)
    {
        _validator.TestValidate(new ListUsersQuery(limit, null)).ShouldHaveValidationErrorFor(q => q.Limit);
    }

    [Fact]
    public void Validate_Should_Pass_When_CursorIsOneThePreviousPageReturned()
    {
        var cursor = Cursor.Encode(Guid.CreateVersion7().ToString());

        _validator.TestValidate(new ListUsersQuery(null, cursor)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%not-base64%%%")]
    [InlineData("aGVsbG8")] // base64url of "hello": decodes, but is not an id
    public void Validate_Should_FailCursor_When_ItIsMalformed(string cursor)
    {
        _validator.TestValidate(new ListUsersQuery(null, cursor))
            .ShouldHaveValidationErrorFor(q => q.Cursor)
            .WithErrorMessage("The cursor is malformed; pass back a nextCursor value unchanged.");
    }
}
