using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Caching;
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

internal sealed class GetPropertyAvailabilityQueryHandler(ISqlConnectionFactory connections, ICacheService cache, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetPropertyAvailabilityQuery, AvailabilityResponse>
{
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
        var (from, to) = AvailabilityWindow.Resolve(request, today);

        // The listing's calendar is the same for every caller: cached under the listing's tag. Who may see it, and
        // which nights are past, are decided per request below.
        var calendar = await cache.GetOrCreateAsync(
            PropertyCacheKeys.Availability(request.PropertyId, from, to),
            ct => LoadAsync(request.PropertyId, from, to, ct),
            new CacheEntrySettings(PropertyCacheKeys.DetailsExpiration, [PropertyCacheKeys.ListingTag(request.PropertyId)], LocalOnly: true),
            cancellationToken);
        if (calendar is null || !PropertyNames.TryParseStatus(calendar.Status, out var status) || !currentUser.CanSee(calendar.HostId, status))
        {
            return PropertyErrors.NotFound;
        }

        var taken = calendar.Taken;
        var days = new List<AvailabilityDay>(to.DayNumber - from.DayNumber);
        for (var day = from; day < to; day = day.AddDays(1))
        {
            var night = day;
            var free = day >= today && !taken.Exists(r => r.StartDate <= night && night < r.EndDate);
            days.Add(new AvailabilityDay(day, free, calendar.PricePerNight));
        }

        return new AvailabilityResponse(request.PropertyId, calendar.Currency, days);
    }

    private async Task<ListingCalendar?> LoadAsync(Guid propertyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            Sql,
            new { PropertyId = propertyId, StayStart = from.ToDateTime(TimeOnly.MinValue), StayEnd = to.ToDateTime(TimeOnly.MinValue) },
            cancellationToken: cancellationToken));
        var listing = await results.ReadSingleOrDefaultAsync<ListingRow>();
        var taken = (await results.ReadAsync<TakenRange>()).ToList();
        return listing is null ? null : new ListingCalendar(listing.HostId, listing.Status, listing.PricePerNight, listing.Currency, taken);
    }

    private sealed record ListingRow(Guid HostId, string Status, decimal PricePerNight, string Currency);
}

/// <summary>What the calendar of a listing shows in [from, to), whoever asks; cached (ListingCalendar is stored in Redis as JSON).</summary>
internal sealed record ListingCalendar(Guid HostId, string Status, decimal PricePerNight, string Currency, List<TakenRange> Taken);

/// <summary>Nights [StartDate, EndDate) held by an active booking or a block.</summary>
internal sealed record TakenRange(DateOnly StartDate, DateOnly EndDate);
