using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Bookings.CompleteStay;

/// <summary>Sent by the completion job only (no endpoint): a confirmed stay past its check-out day becomes completed.</summary>
public sealed record CompleteStayCommand(Guid BookingId) : ICommand;

internal sealed class CompleteStayCommandHandler(IBookingRepository bookings, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CompleteStayCommand>
{
    public async Task<Result> Handle(CompleteStayCommand request, CancellationToken cancellationToken)
    {
        // Cancelled, or its dates moved (a newer job is queued for the new check-out): a stale job does nothing.
        var booking = await bookings.GetByIdForUpdateAsync(request.BookingId, cancellationToken);
        if (booking is not null && booking.Complete(clock.GetUtcNow()).IsSuccess)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return Result.Success();
    }
}
