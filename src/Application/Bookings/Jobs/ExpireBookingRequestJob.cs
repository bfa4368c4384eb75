using AirbnbClone.Application.Abstractions.Jobs;
using AirbnbClone.Application.Bookings.ExpireBooking;
using MediatR;

namespace AirbnbClone.Application.Bookings.Jobs;

/// <summary>Expires a request to book that its host has not answered in 24 hours (a no-op if it was answered).</summary>
public sealed record ExpireBookingRequestJob(Guid BookingId) : IJobPayload
{
    public static string JobType => "booking.expire-request";
}

internal sealed class ExpireBookingRequestJobHandler(IMediator mediator) : IJobHandler<ExpireBookingRequestJob>
{
    public Task HandleAsync(ExpireBookingRequestJob payload, JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return mediator.Send(new ExpireBookingCommand(payload.BookingId), cancellationToken);
    }
}
