using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AutoMapper;

namespace AirbnbClone.Application.Bookings.CancelBooking;

/// <summary>The guest, the listing's host or an admin cancels; the answer carries the refund the policy promises.</summary>
public sealed record CancelBookingCommand(Guid BookingId) : ICommand<BookingResponse>;

internal sealed class CancelBookingCommandHandler(
    IBookingRepository bookings,
    IPropertyRepository properties,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<CancelBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(CancelBookingCommand request, CancellationToken cancellationToken)
    {
        if (await bookings.LoadVisibleAsync(properties, currentUser, request.BookingId, lockListing: false, cancellationToken) is not var (booking, property))
        {
            return BookingErrors.NotFound;
        }

        var result = booking.Cancel(currentUser.UserId, currentUser.IsAdmin(), property.HostId, clock.GetUtcNow());
        if (result.IsFailure)
        {
            return result.Error;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<BookingResponse>(booking);
    }
}
