using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Bookings.ExpireBooking;

/// <summary>Sent by the expiry job only (no endpoint): a pending request past its deadline becomes expired.</summary>
public sealed record ExpireBookingCommand(Guid BookingId) : ICommand;

internal sealed class ExpireBookingCommandHandler(
    IBookingRepository bookings,
    IPropertyRepository properties,
    Abstractions.Data.IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    TimeProvider clock) : ICommandHandler<ExpireBookingCommand>
{
    public async Task<Result> Handle(ExpireBookingCommand request, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetByIdForUpdateAsync(request.BookingId, cancellationToken);
        if (booking is null)
        {
            return Result.Success();
        }

        // Answered, cancelled or changed since the job was queued: nothing to do (the job is not retried).
        if (booking.Expire(clock.GetUtcNow()).IsFailure)
        {
            return Result.Success();
        }

        var property = (await properties.GetByIdAsync(booking.PropertyId, cancellationToken))!;
        await lifecycle.ChangedAsync(booking, property, BookingChange.Expired, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
