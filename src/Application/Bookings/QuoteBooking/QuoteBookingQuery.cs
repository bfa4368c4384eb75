using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using FluentValidation;

namespace AirbnbClone.Application.Bookings.QuoteBooking;

/// <summary>The server's price for a stay, checked like a booking (overlap included) but not booked.</summary>
public sealed record QuoteBookingQuery(Guid? PropertyId, string? CheckIn, string? CheckOut, string? Guests) : IQuery<QuoteResponse>;

internal sealed class QuoteBookingQueryValidator : AbstractValidator<QuoteBookingQuery>
{
    public QuoteBookingQueryValidator()
    {
        RuleFor(q => q.PropertyId).NotNull().WithMessage("A propertyId is required.");
        RuleFor(q => q.CheckIn).Must(v => QueryText.TryDate(v, out _)).WithMessage("Must be a date as YYYY-MM-DD.");
        RuleFor(q => q.CheckOut).Must(v => QueryText.TryDate(v, out _)).WithMessage("Must be a date as YYYY-MM-DD.")
            .Must((q, v) => QueryText.TryDate(q.CheckIn, out var a) && QueryText.TryDate(v, out var b) && b > a && b.DayNumber - a.DayNumber <= 365)
            .When(q => QueryText.TryDate(q.CheckIn, out _))
            .WithMessage("Must be after checkIn and at most 365 nights later.");
        RuleFor(q => q.Guests).Must(v => QueryText.TryInt(v, out var g) && g is >= 1 and <= 50).WithMessage("Must be a number between 1 and 50.");
    }
}

internal sealed class QuoteBookingQueryHandler(
    IPropertyRepository properties,
    IBookingRepository bookings,
    ICurrentUser currentUser,
    PricingService pricing,
    TimeProvider clock) : IQueryHandler<QuoteBookingQuery, QuoteResponse>
{
    public async Task<Result<QuoteResponse>> Handle(QuoteBookingQuery request, CancellationToken cancellationToken)
    {
        QueryText.TryDate(request.CheckIn, out var checkIn);
        QueryText.TryDate(request.CheckOut, out var checkOut);
        QueryText.TryInt(request.Guests, out var guests);
        var property = await properties.GetByIdWithBlocksAsync(request.PropertyId!.Value, cancellationToken);
        if (BookingAccess.CheckBookable(property, currentUser) is { } denied)
        {
            return denied;
        }

        var stay = BookingAccess.Stay(checkIn, checkOut);
        var quote = Booking.Quote(property!, currentUser.UserId, stay, guests, clock.GetUtcNow(), pricing);
        if (quote.IsFailure)
        {
            return quote.Error;
        }

        if (await bookings.OverlapsAsync(property!.Id, stay, null, cancellationToken))
        {
            return BookingErrors.Overlap;
        }

        return new QuoteResponse(property.Id, checkIn, checkOut, guests, PriceResponse.From(quote.Value));
    }
}
