using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using Dapper;

namespace AirbnbClone.Application.Properties.GetPropertyAvailability;

/// <summary>
/// The calendar of a listing: one entry per night from <c>from</c> (default today) up to but not including
/// <c>to</c> (default from + 30), at most 366 nights. A night is available unless it is past, booked (pending or
/// confirmed) or blocked. Unlisted listings: host and admins only.
/// </summary>
public sealed record GetPropertyAvailabilityQuery(Guid PropertyId, string? From, string? To) : IQuery<AvailabilityResponse>;

internal sealed class GetPropertyAvailabilityQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetPropertyAvailabilityQuery, AvailabilityResponse>
{
    private const int DefaultNights = 30;

    // Two statements, one round trip: the listing, then every active booking and block that shares a night with [from, to).
    private const string Sql = $"""
        SELECT p.host_id AS HostId, p.status AS Status, p.price_per_night AS PricePerNight, p.currency AS Currency
        FROM properties p
        WHERE p.id = @PropertyId;

        SELECT b.check_in AS StartDate, b.check_out AS EndDate
        FROM bookings b
        WHERE b.property_id = @PropertyId AND {BookingOverlapSql.SharesANight}
        UNION ALL
        SELECT k.start_date, k.end_date
        FROM property_blocks k
        WHERE k.property_id = @PropertyId
          AND daterange(k.start_date, k.end_date, '[)') && daterange(@StayStart::date, @StayEnd::date, '[)');
        """;

    public async Task<Result<AvailabilityResponse>> Handle(GetPropertyAvailabilityQuery request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = QueryText.TryDate(request.From, out var f) ? f : today;
        var to = QueryText.TryDate(request.To, out var t) ? t : from.AddDays(DefaultNights);

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            Sql,
            new { request.PropertyId, StayStart = from.ToDateTime(TimeOnly.MinValue), StayEnd = to.ToDateTime(TimeOnly.MinValue) },
            cancellationToken: cancellationToken));
        var listing = await results.ReadSingleOrDefaultAsync<ListingRow>();
        var taken = (await results.ReadAsync<RangeRow>()).ToList();
        if (listing is null || !PropertyNames.TryParseStatus(listing.Status, out var status) || !currentUser.CanSee(listing.HostId, status))
        {
            return PropertyErrors.NotFound;
        }

        var days = new List<AvailabilityDay>(to.DayNumber - from.DayNumber);
        for (var day = from; day < to; day = day.AddDays(1))
        {
            var night = day;
            var free = day >= today && !taken.Exists(r => r.StartDate <= night && night < r.EndDate);
            days.Add(new AvailabilityDay(day, free, listing.PricePerNight));
        }

        return new AvailabilityResponse(request.PropertyId, listing.Currency, days);
    }

    private sealed record ListingRow(Guid HostId, string Status, decimal PricePerNight, string Currency);

    private sealed record RangeRow(DateOnly StartDate, DateOnly EndDate);
}
