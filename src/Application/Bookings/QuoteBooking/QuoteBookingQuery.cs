using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Application.Bookings.QuoteBooking;

/// <summary>
/// The server's price for a stay, checked like a booking (overlap included) but not booked. A read that runs the
/// aggregate's rules on an untracked listing rather than Dapper rows: docs/adr/0009-one-feature-shape.md.
/// </summary>
public sealed record QuoteBookingQuery(Guid? PropertyId, string? CheckIn, string? CheckOut, string? Guests) : IQuery<QuoteResponse>;

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
        var stay = DateRange.Create(checkIn, checkOut);
        if (stay.IsFailure)
        {
            return stay.Error;
        }

        var property = await properties.GetByIdWithBlocksAsync(request.PropertyId!.Value, cancellationToken);
        if (property is null)
        {
            return PropertyErrors.NotFound;
        }

        var quote = Booking.Quote(property, currentUser.UserId, stay.Value, guests, clock.GetUtcNow(), pricing);
        if (quote.IsFailure)
        {
            return quote.Error;
        }

        if (await bookings.OverlapsAsync(property.Id, stay.Value, null, cancellationToken))
        {
            return BookingErrors.Overlap;
        }

        return new QuoteResponse(property.Id, checkIn, checkOut, guests, PriceResponse.From(quote.Value));
    }
}
