using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Bookings.ExpireBooking;

/// <summary>Sent by the expiry job only (no endpoint): a pending request past its deadline becomes expired.</summary>
public sealed record ExpireBookingCommand(Guid BookingId) : ICommand;

internal sealed class ExpireBookingCommandHandler(IBookingRepository bookings, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ExpireBookingCommand>
{
    public async Task<Result> Handle(ExpireBookingCommand request, CancellationToken cancellationToken)
    {
        // Answered, cancelled or changed since the job was queued: nothing to do (the job is not retried).
        var booking = await bookings.GetByIdForUpdateAsync(request.BookingId, cancellationToken);
        if (booking is not null && booking.Expire(clock.GetUtcNow()).IsSuccess)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
