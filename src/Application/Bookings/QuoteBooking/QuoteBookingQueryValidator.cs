using AirbnbClone.Application.Properties;
using FluentValidation;

namespace AirbnbClone.Application.Bookings.QuoteBooking;

internal sealed class QuoteBookingQueryValidator : AbstractValidator<QuoteBookingQuery>
{
    public QuoteBookingQueryValidator()
    {
        RuleFor(q => q.PropertyId).NotNull().WithMessage("A propertyId is required.");
        RuleFor(q => q.CheckIn).Must(v => QueryText.TryDate(v, out _)).WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.CheckOut).Must(v => QueryText.TryDate(v, out _)).WithMessage("Must be a date as YYYY-MM-DD.")
            .Must((q, v) => QueryText.TryDate(q.CheckIn, out var a) && QueryText.TryDate(v, out var b) && StayRules.IsValidLength(a, b))
            .When(q => QueryText.TryDate(q.CheckIn, out _), ApplyConditionTo.CurrentValidator)
            .WithMessage($"Must be after checkIn and at most {StayRules.MaxNights} nights later.");
        RuleFor(q => q.Guests).Must(v => QueryText.TryInt(v, out var g) && g is >= 1 and <= StayRules.MaxGuests)
            .WithMessage($"Must be a number between 1 and {StayRules.MaxGuests}.");
    }
}
