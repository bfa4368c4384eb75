using AirbnbClone.Domain.Properties;
using FluentValidation;

namespace AirbnbClone.Application.Properties.GetPropertyAvailability;

internal sealed class GetPropertyAvailabilityQueryValidator : AbstractValidator<GetPropertyAvailabilityQuery>
{
    public GetPropertyAvailabilityQueryValidator()
    {
        RuleFor(q => q.From).Must(f => QueryText.TryDate(f, out _)).When(q => q.From is not null)
            .WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.To).Must(t => QueryText.TryDate(t, out _)).When(q => q.To is not null)
            .WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.To)
            .Must((q, to) => QueryText.TryDate(q.From, out var from) && QueryText.TryDate(to, out var end) && end > from)
            .When(q => QueryText.TryDate(q.From, out _) && QueryText.TryDate(q.To, out _))
            .WithMessage("Must be after 'from' (the calendar is [from, to)).")
            .Must((q, to) => QueryText.TryDate(q.From, out var from) && QueryText.TryDate(to, out var end) && end.DayNumber - from.DayNumber <= Property.MaxBlockNights)
            .When(q => QueryText.TryDate(q.From, out _) && QueryText.TryDate(q.To, out _))
            .WithMessage($"At most {Property.MaxBlockNights} nights after 'from'.");
    }
}
