using FluentValidation;

namespace AirbnbClone.Application.Bookings.ChangeBooking;

internal sealed class ChangeBookingCommandValidator : AbstractValidator<ChangeBookingCommand>
{
    public ChangeBookingCommandValidator()
    {
        RuleFor(c => c.Guests).InclusiveBetween(1, StayRules.MaxGuests).When(c => c.Guests is not null)
            .WithMessage($"Must be between 1 and {StayRules.MaxGuests}.");
        RuleFor(c => c.CheckOut)
            .Must((c, end) => end > c.CheckIn).When(c => c.CheckIn is not null && c.CheckOut is not null)
            .WithMessage(StayRules.CheckOutMessage);
        RuleFor(c => c)
            .Must(c => c.CheckIn is not null || c.CheckOut is not null || c.Guests is not null)
            .OverridePropertyName("body")
            .WithMessage("Give at least one of checkIn, checkOut, guests.");
    }
}
