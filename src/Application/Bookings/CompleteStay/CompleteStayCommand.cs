using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Bookings.CompleteStay;

/// <summary>Sent by the completion job only (no endpoint): a confirmed stay past its check-out day becomes completed.</summary>
public sealed record CompleteStayCommand(Guid BookingId) : ICommand;

internal sealed class CompleteStayCommandHandler(
    IBookingRepository bookings,
    IPropertyRepository properties,
    Abstractions.Data.IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    TimeProvider clock) : ICommandHandler<CompleteStayCommand>
{
    public async Task<Result> Handle(CompleteStayCommand request, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetByIdForUpdateAsync(request.BookingId, cancellationToken);
        if (booking is null || booking.Complete(clock.GetUtcNow()).IsFailure)
        {
            // Cancelled, or its dates moved (a newer job is queued for the new check-out): a stale job does nothing.
            return Result.Success();
        }

        var property = (await properties.GetByIdAsync(booking.PropertyId, cancellationToken))!;
        await lifecycle.ChangedAsync(booking, property, BookingChange.Completed, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
