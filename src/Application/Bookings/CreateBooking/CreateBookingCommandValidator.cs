using FluentValidation;

namespace AirbnbClone.Application.Bookings.CreateBooking;

internal sealed class CreateBookingCommandValidator : AbstractValidator<CreateBookingCommand>
{
    public CreateBookingCommandValidator()
    {
        RuleFor(c => c.PropertyId).NotNull().WithMessage("A propertyId is required.");
        StayRules.Add(this, c => c.CheckIn, c => c.CheckOut, c => c.Guests);
    }
}
