using AirbnbClone.Domain.Properties;
using FluentValidation;

namespace AirbnbClone.Application.Properties.GetPropertyAvailability;

/// <summary>Dates as YYYY-MM-DD; the resolved window (see <see cref="AvailabilityWindow"/>) 1 to 366 nights, starting at most 10 years ahead.</summary>
internal sealed class GetPropertyAvailabilityQueryValidator : AbstractValidator<GetPropertyAvailabilityQuery>
{
    public GetPropertyAvailabilityQueryValidator(TimeProvider clock)
    {
        RuleFor(q => q.From).Must(f => QueryText.TryDate(f, out _)).When(q => q.From is not null)
            .WithMessage("Must be a date as YYYY-MM-DD.")
            .Must(f => AvailabilityWindow.StartsInRange(Parse(f), Today(clock))).When(q => QueryText.TryDate(q.From, out _), ApplyConditionTo.CurrentValidator)
            .WithMessage($"Must be at most {AvailabilityWindow.MaxYearsAhead} years after today (UTC).");
        RuleFor(q => q.To).Must(t => QueryText.TryDate(t, out _)).When(q => q.To is not null)
            .WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.To)
            .Must((q, _) => AvailabilityWindow.Resolve(q, Today(clock)).Nights > 0)
            .WithMessage("Must be after 'from' (the calendar is [from, to); 'from' defaults to today).")
            .Must((q, _) => AvailabilityWindow.Resolve(q, Today(clock)).Nights <= Property.MaxBlockNights)
            .WithMessage($"At most {Property.MaxBlockNights} nights after 'from' ('from' defaults to today).")
            .When(q => QueryText.TryDate(q.To, out _) && StartIsValid(q, clock));
    }

    private static bool StartIsValid(GetPropertyAvailabilityQuery query, TimeProvider clock) =>
        query.From is null || (QueryText.TryDate(query.From, out var from) && AvailabilityWindow.StartsInRange(from, Today(clock)));

    private static DateOnly Parse(string? text) => QueryText.TryDate(text, out var date) ? date : default;

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
