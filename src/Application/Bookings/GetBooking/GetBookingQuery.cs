using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AutoMapper;
using Dapper;

namespace AirbnbClone.Application.Bookings.GetBooking;

/// <summary>One booking, for its guest, its listing's host and admins; to anyone else it does not exist. Never cached.</summary>
public sealed record GetBookingQuery(Guid BookingId) : IQuery<BookingResponse>;

internal sealed class GetBookingQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser, IMapper mapper)
    : IQueryHandler<GetBookingQuery, BookingResponse>
{
    private const string Sql = $"""
        SELECT {BookingSql.Columns}
        FROM bookings b
        JOIN properties p ON p.id = b.property_id
        WHERE b.id = @BookingId
        """;

    public async Task<Result<BookingResponse>> Handle(GetBookingQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BookingSql.Row>(
            new CommandDefinition(Sql, new { request.BookingId }, cancellationToken: cancellationToken));
        return row is not null && currentUser.CanSee(row.GuestId, row.HostId)
            ? mapper.Map<BookingResponse>(row)
            : BookingErrors.NotFound;
    }
}
