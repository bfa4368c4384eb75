using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings.ConfirmBooking;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Bookings.CancelBooking;

/// <summary>The guest, the listing's host or an admin cancels; the answer carries the refund the policy promises.</summary>
public sealed record CancelBookingCommand(Guid BookingId) : ICommand<BookingResponse>;

internal sealed class CancelBookingCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    TimeProvider clock) : ICommandHandler<CancelBookingCommand, BookingResponse>
{
    public Task<Result<BookingResponse>> Handle(CancelBookingCommand request, CancellationToken cancellationToken) =>
        BookingTransition.RunAsync(
            request.BookingId, properties, bookings, currentUser, unitOfWork, lifecycle,
            (booking, property) => booking.Cancel(currentUser.UserId, currentUser.IsAdmin(), property.HostId, clock.GetUtcNow()),
            BookingChange.Cancelled, cancellationToken);
}
