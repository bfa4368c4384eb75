using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings.ConfirmBooking;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Application.Bookings.DeclineBooking;

/// <summary>The listing's host turns down a pending request; its nights are free again.</summary>
public sealed record DeclineBookingCommand(Guid BookingId) : ICommand<BookingResponse>;

internal sealed class DeclineBookingCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    TimeProvider clock) : ICommandHandler<DeclineBookingCommand, BookingResponse>
{
    public Task<Result<BookingResponse>> Handle(DeclineBookingCommand request, CancellationToken cancellationToken) =>
        BookingTransition.RunAsync(
            request.BookingId, properties, bookings, currentUser, unitOfWork, lifecycle,
            (booking, property) => booking.Decline(currentUser.UserId, property.HostId, clock.GetUtcNow()),
            BookingChange.Declined, cancellationToken);
}
