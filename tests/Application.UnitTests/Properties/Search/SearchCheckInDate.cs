using System.Globalization;
using AirbnbClone.Application.Properties.SearchProperties;
using AirbnbClone.Application.UnitTests.TestDoubles;

namespace AirbnbClone.Application.UnitTests.Properties.Search;

/// <summary>The check-in rule: a search stay may start yesterday (UTC) at the earliest, judged by the request's clock.</summary>
public class SearchCheckInDate
{
    private const string PastMessage = "Must not be in the past.";

    // 2030-01-10 in UTC all day long.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 10, 12, 0, 0, TimeSpan.Zero));
    private readonly SearchPropertiesQueryValidator _validator = new();

    [Theory]
    [InlineData("2030-01-10")]
    [InlineData("2030-01-09")]
    [InlineData("2030-06-01")]
    public void Validate_Should_AcceptTheStay_When_CheckInIsYesterdayOrLater(string checkIn)
    {
        var query = Search(checkIn);

        _validator.Validate(query).IsValid.ShouldBeTrue();
        query.Criteria!.Stay!.Value.CheckIn.ShouldBe(DateOnly.Parse(checkIn, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2030-01-08")]
    [InlineData("2001-01-10")]
    public void Validate_Should_RefuseCheckIn_When_ItIsBeforeYesterday(string checkIn)
    {
        var result = _validator.Validate(Search(checkIn));

        result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("checkIn", PastMessage)]);
    }

    [Fact]
    public void Validate_Should_TakeTheUtcDate_When_TheClockIsReadInAnotherOffset()
    {
        // 23:30 on the 10th at UTC-05:00 is already the 11th in UTC: the 9th is two days back.
        _clock.SetUtcNow(new DateTimeOffset(2030, 1, 10, 23, 30, 0, TimeSpan.FromHours(-5)));

        var result = _validator.Validate(Search("2030-01-09"));

        result.Errors.Select(e => e.PropertyName).ShouldBe(["checkIn"]);
    }

    [Fact]
    public void Validate_Should_JudgeByTheDayTheRequestWasCreated_When_TheClockMovesOnAfterwards()
    {
        var query = Search("2030-01-10");

        _clock.Advance(TimeSpan.FromDays(5));

        // The rule ran once, at creation; validator, cache key and handler all see that one outcome.
        _validator.Validate(query).IsValid.ShouldBeTrue();
        query.Criteria.ShouldNotBeNull();
        _validator.Validate(Search("2030-01-10")).Errors.Single().ErrorMessage.ShouldBe(PastMessage);
    }

    [Fact]
    public void Validate_Should_ReportTheMalformedDateNotThePast_When_CheckInIsNotADate()
    {
        var result = _validator.Validate(SearchPropertiesQuery.Create(new SearchParameters { CheckIn = "yesterday", CheckOut = "2030-01-12" }, _clock));

        result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ShouldBe([("checkIn", "Must be a date as YYYY-MM-DD.")]);
    }

    private SearchPropertiesQuery Search(string checkIn)
    {
        var stayStart = DateOnly.Parse(checkIn, CultureInfo.InvariantCulture);
        return SearchPropertiesQuery.Create(new SearchParameters { CheckIn = checkIn, CheckOut = stayStart.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, _clock);
    }
}
