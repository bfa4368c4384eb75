using AirbnbClone.Domain.Bookings;
using static AirbnbClone.Domain.UnitTests.Bookings.BookingTestData;

namespace AirbnbClone.Domain.UnitTests.Bookings;

public class PendingRequestLimitAdmit
{
    private readonly PendingRequestLimit _limit = new(3);

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Admit_Should_AllowARequestOnlyBelowTheLimit_When_TheBookingIsPending(int others, bool admitted)
    {
        var request = Reserve(Listing(instantBook: false));

        var result = _limit.Admit(request, others);

        result.IsSuccess.ShouldBe(admitted);
        if (!admitted)
        {
            result.Error.ShouldBe(BookingErrors.TooManyPending);
        }
    }

    [Fact]
    public void Admit_Should_AllowAConfirmedBooking_When_TheGuestHoldsTheMostRequests()
    {
        var confirmed = Reserve(Listing(instantBook: true));

        _limit.Admit(confirmed, 3).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Constructor_Should_Throw_When_TheLimitIsBelowOne() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PendingRequestLimit(0));
}
