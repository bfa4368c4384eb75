using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings.CompleteStay;
using AirbnbClone.Application.Bookings.ExpireBooking;
using AirbnbClone.Application.Bookings.Jobs;
using MediatR;
using NSubstitute;

namespace AirbnbClone.Application.UnitTests.Bookings.Jobs;

/// <summary>The deadline jobs only send their command; the command decides whether anything is still due.</summary>
public class BookingJobHandlersDispatch
{
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [Fact]
    public async Task HandleAsync_Should_SendExpireBookingForTheBooking_When_TheExpiryJobRuns()
    {
        var bookingId = Guid.NewGuid();

        await new ExpireBookingRequestJobHandler(_mediator).HandleAsync(
            new ExpireBookingRequestJob(bookingId), new JobContext(Guid.NewGuid(), ExpireBookingRequestJob.JobType, 1, 5), CancellationToken.None);

        await _mediator.Received(1).Send(new ExpireBookingCommand(bookingId), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task HandleAsync_Should_SendCompleteStayForTheBooking_When_TheCompletionJobRuns()
    {
        var bookingId = Guid.NewGuid();

        await new CompleteStayJobHandler(_mediator).HandleAsync(
            new CompleteStayJob(bookingId), new JobContext(Guid.NewGuid(), CompleteStayJob.JobType, 1, 5), CancellationToken.None);

        await _mediator.Received(1).Send(new CompleteStayCommand(bookingId), Arg.Any<CancellationToken>());
    }
}
