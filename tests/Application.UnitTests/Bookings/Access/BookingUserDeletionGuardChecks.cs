using AirbnbClone.Application.Bookings;
using AirbnbClone.Application.UnitTests.TestDoubles;
using AirbnbClone.Domain.Users;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.Access;

public class BookingUserDeletionGuardChecks
{
    private readonly IBookingRepository _bookings = Substitute.For<IBookingRepository>();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task CanDeleteAsync_Should_FailWithHasActiveBookings_When_TheUserHasAStayNotYetOver()
    {
        var userId = Guid.NewGuid();
        _bookings.HasActiveStaysOfUserAsync(userId, new DateOnly(2026, 3, 1), Arg.Any<CancellationToken>()).Returns(true);

        var result = await new BookingUserDeletionGuard(_bookings, _clock).CanDeleteAsync(userId, CancellationToken.None);

        result.Error.ShouldBe(UserErrors.HasActiveBookings);
    }

    [Fact]
    public async Task CanDeleteAsync_Should_Allow_When_TheUserHasNoActiveStay()
    {
        var userId = Guid.NewGuid();

        var result = await new BookingUserDeletionGuard(_bookings, _clock).CanDeleteAsync(userId, CancellationToken.None);

        result.IsSuccess.ShouldBeTrue();
        await _bookings.Received(1).HasActiveStaysOfUserAsync(userId, new DateOnly(2026, 3, 1), Arg.Any<CancellationToken>());
    }
}
