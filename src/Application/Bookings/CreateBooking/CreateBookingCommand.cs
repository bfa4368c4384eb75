using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AutoMapper;

namespace AirbnbClone.Application.Bookings.CreateBooking;

/// <summary>The caller books a stay: confirmed at once on an instant-book listing, else a request the host answers.</summary>
public sealed record CreateBookingCommand(Guid? PropertyId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests) : ICommand<BookingResponse>;

internal sealed class CreateBookingCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    PricingService pricing,
    PendingRequestLimit pendingLimit,
    TimeProvider clock) : ICommandHandler<CreateBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(CreateBookingCommand request, CancellationToken cancellationToken)
    {
        // The listing's row lock serialises every calendar change of this listing (bookings and host blocks),
        // so the overlap check below sees every booking committed before us.
        var property = await properties.GetByIdForUpdateAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return PropertyErrors.NotFound;
        }

        var stay = DateRange.Create(request.CheckIn!.Value, request.CheckOut!.Value);
        if (stay.IsFailure)
        {
            return stay.Error;
        }

        var now = clock.GetUtcNow();
        var booking = Booking.Reserve(property, currentUser.UserId, stay.Value, request.Guests!.Value, now, pricing);
        if (booking.IsFailure)
        {
            return booking.Error;
        }

        var admitted = await bookings.AdmitAsync(pendingLimit, booking.Value, now, cancellationToken);
        if (admitted.IsFailure)
        {
            return admitted.Error;
        }

        if (await bookings.OverlapsAsync(property.Id, stay.Value, null, cancellationToken))
        {
            return BookingErrors.Overlap;
        }

        bookings.Add(booking.Value);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ExclusionConstraintException)
        {
            // The exclusion constraint is the guarantee; the lock above makes this path rare.
            return BookingErrors.Overlap;
        }

        return mapper.Map<BookingResponse>(booking.Value);
    }
}
