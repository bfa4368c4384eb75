using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using FluentValidation;

namespace AirbnbClone.Application.Bookings;

internal static class BookingAccess
{
    public static bool IsAdmin(this ICurrentUser user) => user.Role == Role.Admin;

    /// <summary>A listing a guest may book or quote: missing, or unlisted and not theirs to manage, is 404.</summary>
    public static Error? CheckBookable(Property? property, ICurrentUser caller) =>
        property is null || (property.Status != PropertyStatus.Listed && !property.IsManagedBy(caller.UserId, caller.IsAdmin()))
            ? PropertyErrors.NotFound
            : null;

    /// <summary>The stay rules a request can break before any data is read, reported under their field names.</summary>
    public static void StayRules<T>(AbstractValidator<T> validator, Func<T, DateOnly?> checkIn, Func<T, DateOnly?> checkOut, Func<T, int?> guests)
    {
        validator.RuleFor(c => checkIn(c)).NotNull().WithName("checkIn").OverridePropertyName("checkIn")
            .WithMessage("A check-in date (YYYY-MM-DD) is required.");
        validator.RuleFor(c => checkOut(c)).NotNull().OverridePropertyName("checkOut")
            .WithMessage("A check-out date (YYYY-MM-DD) is required.")
            .Must((c, end) => end > checkIn(c)).When(c => checkIn(c) is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("Must be after checkIn: the stay is [checkIn, checkOut), checkOut is the first free day.")
            .Must((c, end) => end!.Value.DayNumber - checkIn(c)!.Value.DayNumber <= 365).When(c => checkIn(c) is not null && checkOut(c) > checkIn(c), ApplyConditionTo.CurrentValidator)
            .WithMessage("A stay is at most 365 nights.");
        validator.RuleFor(c => guests(c)).NotNull().OverridePropertyName("guests").WithMessage("The number of guests is required.")
            .InclusiveBetween(1, 50).WithMessage("Must be between 1 and 50.");
    }

    public static DateRange Stay(DateOnly? checkIn, DateOnly? checkOut) => DateRange.Create(checkIn!.Value, checkOut!.Value).Value;

    public static BookingStatus ParseStatus(string name) => BookingStatusNames.TryParse(name, out var s) ? s : BookingStatus.Pending;
}
