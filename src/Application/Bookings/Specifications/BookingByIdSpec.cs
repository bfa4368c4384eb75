using AirbnbClone.Domain.Bookings;
using Ardalis.Specification;

namespace AirbnbClone.Application.Bookings.Specifications;

/// <summary>One booking by id.</summary>
public sealed class BookingByIdSpec : SingleResultSpecification<Booking>
{
    public BookingByIdSpec(Guid bookingId) => Query.Where(b => b.Id == bookingId);
}
