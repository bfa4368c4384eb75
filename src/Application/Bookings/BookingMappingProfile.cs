using AirbnbClone.Domain.Bookings;
using AutoMapper;

namespace AirbnbClone.Application.Bookings;

/// <summary>Bookings as the API shows them: the aggregate (commands) and the read side's row (queries) map alike.</summary>
internal sealed class BookingMappingProfile : Profile
{
    public BookingMappingProfile()
    {
        CreateMap<PriceQuote, PriceResponse>().ConvertUsing(quote => PriceResponse.From(quote));

        CreateMap<Booking, BookingResponse>()
            .ForCtorParam(nameof(BookingResponse.Status), o => o.MapFrom(b => b.Status.ToName()))
            .ForCtorParam(nameof(BookingResponse.ExpiresAt), o => o.MapFrom(b => BookingResponse.ShownExpiry(b.Status.ToName(), b.ExpiresAt)))
            .ForCtorParam(nameof(BookingResponse.Refund), o => o.MapFrom(b => BookingResponse.ShownRefund(b.RefundAmount, b.Currency)));

        CreateMap<BookingSql.Row, BookingResponse>()
            .ForCtorParam(nameof(BookingResponse.Price), o => o.MapFrom(r =>
                new PriceResponse(r.Nights, r.NightlyRate, r.Subtotal, r.CleaningFee, r.ServiceFee, r.Total, r.Currency.Trim())))
            .ForCtorParam(nameof(BookingResponse.ExpiresAt), o => o.MapFrom(r => BookingResponse.ShownExpiry(r.Status, r.ExpiresAt)))
            .ForCtorParam(nameof(BookingResponse.Refund), o => o.MapFrom(r => BookingResponse.ShownRefund(r.RefundAmount, r.Currency)));
    }
}
