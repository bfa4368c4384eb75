using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AutoMapper;

namespace AirbnbClone.Application.Bookings.ConfirmBooking;

/// <summary>The listing's host accepts a pending request.</summary>
public sealed record ConfirmBookingCommand(Guid BookingId) : ICommand<BookingResponse>;

internal sealed class ConfirmBookingCommandHandler(
    IBookingRepository bookings,
    IPropertyRepository properties,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<ConfirmBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(ConfirmBookingCommand request, CancellationToken cancellationToken)
    {
        if (await bookings.LoadVisibleAsync(properties, currentUser, request.BookingId, lockListing: true, cancellationToken) is not var (booking, property))
        {
            return BookingErrors.NotFound;
        }

        // The listing's lock orders this with an unlisting of the same listing: a request is never confirmed on an unlisted one.
        var result = booking.Confirm(property, currentUser.UserId, clock.GetUtcNow());
        if (result.IsFailure)
        {
            return result.Error;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<BookingResponse>(booking);
    }
}
