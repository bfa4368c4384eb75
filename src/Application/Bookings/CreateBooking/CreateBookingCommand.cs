using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using FluentValidation;

namespace AirbnbClone.Application.Bookings.CreateBooking;

/// <summary>The caller books a stay: confirmed at once on an instant-book listing, else a request the host answers.</summary>
public sealed record CreateBookingCommand(Guid? PropertyId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests) : ICommand<BookingResponse>;

internal sealed class CreateBookingCommandValidator : AbstractValidator<CreateBookingCommand>
{
    public CreateBookingCommandValidator()
    {
        RuleFor(c => c.PropertyId).NotNull().WithMessage("A propertyId is required.");
        BookingAccess.StayRules(this, c => c.CheckIn, c => c.CheckOut, c => c.Guests);
    }
}

internal sealed class CreateBookingCommandHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    BookingLifecycle lifecycle,
    PricingService pricing,
    TimeProvider clock) : ICommandHandler<CreateBookingCommand, BookingResponse>
{
    public async Task<Result<BookingResponse>> Handle(CreateBookingCommand request, CancellationToken cancellationToken)
    {
        // The listing's row lock serialises every calendar change of this listing (bookings and host blocks),
        // so the overlap and block checks below see every booking and block committed before us.
        var property = await properties.GetByIdForUpdateAsync(request.PropertyId!.Value, cancellationToken);
        if (BookingAccess.CheckBookable(property, currentUser) is { } denied)
        {
            return denied;
        }

        var stay = BookingAccess.Stay(request.CheckIn, request.CheckOut);
        var booking = Booking.Reserve(property!, currentUser.UserId, stay, request.Guests!.Value, clock.GetUtcNow(), pricing);
        if (booking.IsFailure)
        {
            return booking.Error;
        }

        if (await bookings.OverlapsAsync(property!.Id, stay, null, cancellationToken))
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

        var change = booking.Value.Status == BookingStatus.Confirmed ? BookingChange.Confirmed : BookingChange.Requested;
        await lifecycle.ChangedAsync(booking.Value, property, change, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return booking.Value.ToResponse();
    }
}
