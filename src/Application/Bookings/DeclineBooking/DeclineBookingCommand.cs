using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AutoMapper;

namespace AirbnbClone.Application.Bookings.DeclineBooking;

/// <summary>The listing's host turns down a pending request; its nights are free again.</summary>
public sealed record DeclineBookingCommand(Guid BookingId) : ICommand<BookingResponse>;

internal sealed class DeclineBookingCommandHandler(
    IBookingRepository bookings,
    IPropertyRepository properties,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    TimeProvider clock) : ICommandHandler<DeclineBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(DeclineBookingCommand request, CancellationToken cancellationToken)
    {
        if (await bookings.LoadVisibleAsync(properties, currentUser, request.BookingId, lockListing: false, cancellationToken) is not var (booking, property))
        {
            return BookingErrors.NotFound;
        }

        var result = booking.Decline(currentUser.UserId, property.HostId, clock.GetUtcNow());
        if (result.IsFailure)
        {
            return result.Error;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<BookingResponse>(booking);
    }
}
