using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings.CompleteStay;
using AirbnbClone.Application.Bookings.ExpireBooking;
using MediatR;

namespace AirbnbClone.Application.Bookings.Jobs;

/// <summary>Completes a confirmed stay once its check-out day has ended (a no-op if it changed meanwhile).</summary>
public sealed record CompleteStayJob(Guid BookingId) : IJobPayload
{
    public static string JobType => "booking.complete-stay";
}

internal sealed class CompleteStayJobHandler(IMediator mediator) : IJobHandler<CompleteStayJob>
{
    public Task HandleAsync(CompleteStayJob payload, JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return mediator.Send(new CompleteStayCommand(payload.BookingId), cancellationToken);
    }
}
