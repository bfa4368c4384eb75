using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Bookings;
using FluentValidation;

namespace AirbnbClone.Application.Bookings.ListBookings;

internal sealed class ListBookingsQueryValidator : AbstractValidator<ListBookingsQuery>
{
    public ListBookingsQueryValidator()
    {
        RuleFor(q => q.As).Must(a => a is "guest" or "host").When(q => q.As is not null).WithMessage("Must be guest or host.");
        RuleFor(q => q.Status).Must(s => BookingStatusNames.TryParse(s, out _)).When(q => q.Status is not null)
            .WithMessage("Must be one of pending, confirmed, declined, expired, cancelled, completed.");
        RuleFor(q => q.From).Must(f => QueryText.TryDate(f, out _)).When(q => q.From is not null).WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.To).Must(t => QueryText.TryDate(t, out _)).When(q => q.To is not null).WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.Limit).Must(l => QueryText.TryInt(l, out var n) && n is >= 1 and <= Cursor.MaxLimit).When(q => q.Limit is not null)
            .WithMessage($"Must be a number between 1 and {Cursor.MaxLimit}.");
        RuleFor(q => q.Cursor).Must(c => ListBookingsQueryHandler.TryParseCursor(c, out _, out _)).When(q => q.Cursor is not null)
            .WithMessage("Is not a cursor this list returned.");
    }
}
