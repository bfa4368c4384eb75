using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using FluentValidation;

namespace AirbnbClone.Application.Bookings.ChangeBooking;

/// <summary>
/// The guest changes dates or guests of a pending or not yet started confirmed booking; fields left out keep their
/// value. Re-priced and re-checked (ignoring the booking's own nights).
/// </summary>
public sealed record ChangeBookingCommand(Guid BookingId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests) : ICommand<BookingResponse>;

internal sealed class ChangeBookingCommandValidator : AbstractValidator<ChangeBookingCommand>
{
    public ChangeBookingCommandValidator()
    {
        RuleFor(c => c.Guests).InclusiveBetween(1, 50).When(c => c.Guests is not null).WithMessage("Must be between 1 and 50.");
        RuleFor(c => c.CheckOut)
            .Must((c, end) => end > c.CheckIn).When(c => c.CheckIn is not null && c.CheckOut is not null)
            .WithMessage("Must be after checkIn: the stay is [checkIn, checkOut), checkOut is the first free day.");
        RuleFor(c => c)
            .Must(c => c.CheckIn is not null || c.CheckOut is not null || c.Guests is not null)
            .OverridePropertyName("body")
            .WithMessage("Give at least one of checkIn, checkOut, guests.");
    }
}

internal sealed class ChangeBookingCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    PricingService pricing,
    TimeProvider clock) : ICommandHandler<ChangeBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(ChangeBookingCommand request, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetByIdForUpdateAsync(request.BookingId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.NotFound;
        }

        var property = await properties.GetByIdForUpdateAsync(booking.PropertyId, cancellationToken);
        if (property is null || !booking.IsVisibleTo(currentUser.UserId, currentUser.IsAdmin(), property.HostId))
        {
            return BookingErrors.NotFound;
        }

        var checkIn = request.CheckIn ?? booking.CheckIn;
        var checkOut = request.CheckOut ?? booking.CheckOut;
        if (checkOut <= checkIn)
        {
            return Domain.Shared.DateRangeErrors.EndNotAfterStart;
        }

        var stay = BookingAccess.Stay(checkIn, checkOut);
        var before = booking.Status;
        var changed = booking.Change(property, currentUser.UserId, stay, request.Guests ?? booking.Guests, clock.GetUtcNow(), pricing);
        if (changed.IsFailure)
        {
            return changed.Error;
        }

        if (await bookings.OverlapsAsync(property.Id, stay, booking.Id, cancellationToken))
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

        var change = booking.Status == BookingStatus.Pending && before == BookingStatus.Confirmed ? BookingChange.Requested : BookingChange.Changed;
        await lifecycle.ChangedAsync(booking, property, change, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return booking.ToResponse();
    }
}
