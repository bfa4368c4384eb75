using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Concurrency;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Shared;
using AutoMapper;

namespace AirbnbClone.Application.Bookings.ChangeBooking;

/// <summary>
/// The guest changes dates or guests of a pending or not yet started confirmed booking; fields left out keep their
/// value. Re-priced and re-checked (ignoring the booking's own nights).
/// </summary>
public sealed record ChangeBookingCommand(Guid BookingId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests) : ICommand<BookingResponse>;

internal sealed class ChangeBookingCommandHandler(
    IBookingRepository bookings,
    IPropertyRepository properties,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMapper mapper,
    PricingService pricing,
    PendingRequestLimit pendingLimit,
    IRequestPreconditions preconditions,
    TimeProvider clock) : ICommandHandler<ChangeBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(ChangeBookingCommand request, CancellationToken cancellationToken)
    {
        if (await bookings.LoadVisibleAsync(properties, currentUser, request.BookingId, lockListing: true, cancellationToken) is not var (booking, property))
        {
            return BookingErrors.NotFound;
        }

        // The booking row is locked until COMMIT: the If-Match checked here still holds when it is written.
        if (preconditions.IfMatchFails(BookingResponse.TagOf(booking.Version)))
        {
            return PreconditionErrors.Failed;
        }

        var stay = DateRange.Create(request.CheckIn ?? booking.CheckIn, request.CheckOut ?? booking.CheckOut);
        if (stay.IsFailure)
        {
            return stay.Error;
        }

        var now = clock.GetUtcNow();
        var changed = booking.Change(property, currentUser.UserId, stay.Value, request.Guests ?? booking.Guests, now, pricing);
        if (changed.IsFailure)
        {
            return changed.Error;
        }

        // A changed confirmed stay on a request-to-book listing becomes a request again, and counts as one.
        var admitted = await bookings.AdmitAsync(pendingLimit, booking, now, cancellationToken);
        if (admitted.IsFailure)
        {
            return admitted.Error;
        }

        if (await bookings.OverlapsAsync(property.Id, stay.Value, booking.Id, cancellationToken))
        {
            return BookingErrors.Overlap;
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ExclusionConstraintException)
        {
            return BookingErrors.Overlap;
        }

        return mapper.Map<BookingResponse>(booking);
    }
}
