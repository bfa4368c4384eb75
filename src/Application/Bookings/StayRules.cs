using FluentValidation;

namespace AirbnbClone.Application.Bookings;

/// <summary>
/// The shape of a stay in a request, reported under its JSON field names before any data is read: dates present,
/// check-out after check-in, at most 365 nights, 1 to 50 guests. The listing's own limits are the aggregate's rules.
/// </summary>
internal static class StayRules
{
    public const int MaxNights = 365;
    public const int MaxGuests = 50;

    public const string CheckOutMessage = "Must be after checkIn: the stay is [checkIn, checkOut), checkOut is the first free day.";

    public static bool IsValidLength(DateOnly checkIn, DateOnly checkOut) =>
        checkOut > checkIn && checkOut.DayNumber - checkIn.DayNumber <= MaxNights;

    public static void Add<T>(AbstractValidator<T> validator, Func<T, DateOnly?> checkIn, Func<T, DateOnly?> checkOut, Func<T, int?> guests)
    {
        validator.RuleFor(c => checkIn(c)).NotNull().OverridePropertyName("checkIn")
            .WithMessage("A check-in date (YYYY-MM-DD) is required.");
        validator.RuleFor(c => checkOut(c)).NotNull().OverridePropertyName("checkOut")
            .WithMessage("A check-out date (YYYY-MM-DD) is required.")
            .Must((c, end) => end > checkIn(c)).When(c => checkIn(c) is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(CheckOutMessage)
            .Must((c, end) => IsValidLength(checkIn(c)!.Value, end!.Value)).When(c => checkIn(c) is not null && checkOut(c) > checkIn(c), ApplyConditionTo.CurrentValidator)
            .WithMessage($"A stay is at most {MaxNights} nights.");
        validator.RuleFor(c => guests(c)).NotNull().OverridePropertyName("guests").WithMessage("The number of guests is required.")
            .InclusiveBetween(1, MaxGuests).WithMessage($"Must be between 1 and {MaxGuests}.");
    }
}
