using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using Dapper;

namespace AirbnbClone.Application.Bookings.GetBooking;

/// <summary>One booking, for its guest, its listing's host and admins; to anyone else it does not exist. Never cached.</summary>
public sealed record GetBookingQuery(Guid BookingId) : IQuery<BookingResponse>;

internal sealed class GetBookingQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser)
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
        var caller = currentUser.UserId;
        if (row is null || !(currentUser.IsAdmin() || row.GuestId == caller || row.HostId == caller))
        {
            return BookingErrors.NotFound;
        }

        return row.ToResponse();
    }
}
