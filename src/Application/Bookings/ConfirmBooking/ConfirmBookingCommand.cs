using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;

namespace AirbnbClone.Application.Bookings.ConfirmBooking;

/// <summary>The listing's host accepts a pending request.</summary>
public sealed record ConfirmBookingCommand(Guid BookingId) : ICommand<BookingResponse>;

internal sealed class ConfirmBookingCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    TimeProvider clock) : ICommandHandler<ConfirmBookingCommand, BookingResponse>
{
    public Task<Result<BookingResponse>> Handle(ConfirmBookingCommand request, CancellationToken cancellationToken) =>
        BookingTransition.RunAsync(
            request.BookingId, properties, bookings, currentUser, unitOfWork, lifecycle,
            (booking, property) => booking.Confirm(currentUser.UserId, property.HostId, clock.GetUtcNow()),
            BookingChange.Confirmed, cancellationToken);
}

/// <summary>Loads a booking locked and visible to the caller, applies one transition, saves, and sets off its effects.</summary>
internal static class BookingTransition
{
    public static async Task<Result<BookingResponse>> RunAsync(
        Guid bookingId,
        IPropertyRepository properties,
        IBookingRepository bookings,
        ICurrentUser currentUser,
        IUnitOfWork unitOfWork,
        BookingLifecycle lifecycle,
        Func<Booking, Property, Result> transition,
        BookingChange change,
        CancellationToken cancellationToken)
    {
        var booking = await bookings.GetByIdForUpdateAsync(bookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var property = await properties.GetByIdAsync(booking.PropertyId, cancellationToken);
        if (property is null || !booking.IsVisibleTo(currentUser.UserId, currentUser.IsAdmin(), property.HostId))
        {
            return BookingErrors.NotFound;
        }

        var result = transition(booking, property);
        if (result.IsFailure)
        {
            return result.Error;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await lifecycle.ChangedAsync(booking, property, change, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return booking.ToResponse();
    }
}
