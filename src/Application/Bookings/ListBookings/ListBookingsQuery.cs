using System.Globalization;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Properties;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Bookings;
using AutoMapper;
using Dapper;

namespace AirbnbClone.Application.Bookings.ListBookings;

/// <summary>
/// The caller's bookings, newest first: as guest (default) or as host of the listings. <c>status</c> filters on one
/// status; <c>from</c>/<c>to</c> keep stays sharing a night with [from, to). Keyset-paginated.
/// </summary>
public sealed record ListBookingsQuery(string? As, string? Status, string? From, string? To, string? Limit, string? Cursor)
    : IQuery<PagedResponse<BookingResponse>>;

internal sealed class ListBookingsQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser, IMapper mapper)
    : IQueryHandler<ListBookingsQuery, PagedResponse<BookingResponse>>
{
    private const string Sql = $"""
        SELECT {BookingSql.Columns}
        FROM bookings b
        JOIN properties p ON p.id = b.property_id
        WHERE (CASE WHEN @AsHost THEN p.host_id = @UserId ELSE b.guest_id = @UserId END)
          AND (@Status::text IS NULL OR b.status = @Status)
          AND (@From::date IS NULL OR b.check_out > @From::date)
          AND (@To::date IS NULL OR b.check_in < @To::date)
          AND (@AfterCreated::timestamptz IS NULL OR (b.created_at, b.id) < (@AfterCreated::timestamptz, @AfterId))
        ORDER BY b.created_at DESC, b.id DESC
        LIMIT @Take
        """;

    public async Task<Result<PagedResponse<BookingResponse>>> Handle(ListBookingsQuery request, CancellationToken cancellationToken)
    {
        var limit = QueryText.TryInt(request.Limit, out var l) ? l : Cursor.DefaultLimit;
        DateTime? from = QueryText.TryDate(request.From, out var f) ? f.ToDateTime(TimeOnly.MinValue) : null;
        DateTime? to = QueryText.TryDate(request.To, out var t) ? t.ToDateTime(TimeOnly.MinValue) : null;
        var hasCursor = TryParseCursor(request.Cursor, out var afterCreated, out var afterId);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<BookingSql.Row>(new CommandDefinition(
            Sql,
            new
            {
                AsHost = request.As == "host",
                currentUser.UserId,
                request.Status,
                From = from,
                To = to,
                AfterCreated = hasCursor ? afterCreated : (DateTimeOffset?)null,
                AfterId = afterId,
                Take = limit + 1,
            },
            cancellationToken: cancellationToken))).ToList();
        var page = Cursor.Page(rows, limit, r => string.Create(CultureInfo.InvariantCulture, $"{r.CreatedAt.UtcTicks}|{r.Id}"));
        return new PagedResponse<BookingResponse>(mapper.Map<List<BookingResponse>>(page.Items), page.NextCursor);
    }

    internal static bool TryParseCursor(string? cursor, out DateTimeOffset createdAt, out Guid id)
    {
        createdAt = default;
        id = Guid.Empty;
        if (!Cursor.TryDecode(cursor, out var position) || position.Split('|') is not [var ticks, var guid])
        {
            return false;
        }

        if (!long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t < 0 || t > DateTime.MaxValue.Ticks
            || !Guid.TryParse(guid, out id))
        {
            return false;
        }

        createdAt = new DateTimeOffset(t, TimeSpan.Zero);
        return true;
    }
}
