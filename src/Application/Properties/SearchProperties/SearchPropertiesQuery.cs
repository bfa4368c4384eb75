using System.Text;
using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Application.Bookings;
using AirbnbClone.Domain.Abstractions;
using AutoMapper;
using Dapper;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>
/// GET /properties: listed homes matching every filter given, one keyset page at a time. Made by <see cref="Create"/>,
/// which parses the query string once: the validator reports <see cref="Errors"/>, the cache key and the handler use
/// <see cref="Criteria"/>. Cached for everyone alike (the answer does not depend on the caller) under a key made of
/// the criteria, and dropped by any listing change through the search tag.
/// </summary>
public sealed record SearchPropertiesQuery : IQuery<PagedResponse<PropertySummaryResponse>>, ICachedQuery
{
    private SearchPropertiesQuery(SearchCriteria? criteria, IReadOnlyDictionary<string, string> errors)
    {
        Criteria = criteria;
        Errors = errors;
        CacheKey = PropertyCacheKeys.Search(criteria?.Fingerprint() ?? "invalid");
    }

    /// <summary>The parsed filters; null when any parameter is wrong (see <see cref="Errors"/>).</summary>
    public SearchCriteria? Criteria { get; }

    /// <summary>Every wrong parameter by its query-string name, with the reason; empty when <see cref="Criteria"/> is set.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    public string CacheKey { get; }

    public TimeSpan? Expiration => PropertyCacheKeys.SearchExpiration;

    public IReadOnlyList<string> Tags => [PropertyCacheKeys.SearchTag];

    /// <summary>The search for these parameters, parsed once; today's UTC date from <paramref name="clock"/> dates the check-in rule.</summary>
    public static SearchPropertiesQuery Create(SearchParameters parameters, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(clock);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (criteria, errors) = SearchCriteriaParser.Parse(parameters, today);
        return new SearchPropertiesQuery(criteria, errors);
    }
}

/// <summary>
/// One SQL statement assembled from the constant fragments below (never from client text: every value is a
/// parameter). Each sort has a partial index in its order, so a page is an index walk that stops after LIMIT
/// matches; see docs/PERFORMANCE.md for the plans.
/// </summary>
internal sealed class SearchPropertiesQueryHandler(ISqlConnectionFactory connections, IMapper mapper)
    : IQueryHandler<SearchPropertiesQuery, PagedResponse<PropertySummaryResponse>>
{
    private const string Select = """
        SELECT p.id AS Id, p.title AS Title, p.city AS City, p.country AS Country, p.latitude AS Latitude,
               p.longitude AS Longitude, p.price_per_night AS PricePerNight, p.currency AS Currency,
               p.max_guests AS MaxGuests, p.bedrooms AS Bedrooms, p.amenities AS Amenities,
               p.min_nights AS MinNights, p.max_nights AS MaxNights,
               p.instant_book AS InstantBook, p.rating_average AS RatingAverage, p.review_count AS ReviewCount,
               p.photos[1] AS PhotoUrl, p.created_at AS CreatedAt
        FROM properties p
        WHERE p.status = 'listed'
        """;

    private const string CityFilter = "\n  AND lower(p.city) = lower(@City)";
    private const string CountryFilter = "\n  AND p.country = @Country";
    private const string BoxFilter = "\n  AND point(p.longitude, p.latitude) <@ box(point(@MinLng, @MinLat), point(@MaxLng, @MaxLat))";

    // earthdistance's <@> is the great-circle distance in statute miles.
    private const string RadiusFilter = "\n  AND (point(p.longitude, p.latitude) <@> point(@Lng, @Lat)) * 1.609344 <= @RadiusKm";
    private const string GuestsFilter = "\n  AND p.max_guests >= @Guests";
    private const string MinPriceFilter = "\n  AND p.price_per_night >= @MinPrice";
    private const string MaxPriceFilter = "\n  AND p.price_per_night <= @MaxPrice";
    private const string AmenitiesFilter = "\n  AND p.amenities @> @Amenities";
    private const string InstantBookFilter = "\n  AND p.instant_book = @InstantBook";

    // Free for the whole stay: no active booking (BookingOverlapSql, whose GiST index answers the probe) and no block
    // shares a night with [checkIn, checkOut). Half-open ranges, so a stay may start on the day another ends.
    private const string StayFilter = $"""

          AND NOT EXISTS (
              SELECT 1 FROM bookings b
              WHERE b.property_id = p.id AND {BookingOverlapSql.SharesANight})
          AND NOT EXISTS (
              SELECT 1 FROM property_blocks k
              WHERE k.property_id = p.id
                AND daterange(k.start_date, k.end_date, '[)') && daterange(@StayStart::date, @StayEnd::date, '[)'))
        """;

    private const string AfterPriceAscending = "\n  AND (p.price_per_night, p.id) > (@AfterNumber, @AfterId)";
    private const string AfterPriceDescending = "\n  AND (p.price_per_night, p.id) < (@AfterNumber, @AfterId)";
    private const string AfterRating = "\n  AND (p.rating_average, p.id) < (@AfterNumber, @AfterId)";
    private const string AfterNewest = "\n  AND (p.created_at, p.id) < (@AfterCreatedAt, @AfterId)";

    private const string OrderPriceAscending = "\nORDER BY p.price_per_night, p.id";
    private const string OrderPriceDescending = "\nORDER BY p.price_per_night DESC, p.id DESC";
    private const string OrderRating = "\nORDER BY p.rating_average DESC, p.id DESC";
    private const string OrderNewest = "\nORDER BY p.created_at DESC, p.id DESC";

    private const string Limit = "\nLIMIT @Take";

    public async Task<Result<PagedResponse<PropertySummaryResponse>>> Handle(SearchPropertiesQuery request, CancellationToken cancellationToken)
    {
        // The validator has refused a query with errors before this point; a caller that skips the pipeline gets them too.
        if (request.Criteria is not { } criteria)
        {
            return new ValidationError(request.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal));
        }

        var (sql, parameters) = Build(criteria);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<SearchRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();

        var items = mapper.Map<List<PropertySummaryResponse>>(rows.Take(criteria.Limit));
        string? next = null;
        if (rows.Count > criteria.Limit)
        {
            var last = rows[criteria.Limit - 1];
            next = new SearchPosition(
                criteria.Sort,
                criteria.Sort == SearchSort.Rating ? last.RatingAverage : last.PricePerNight,
                last.CreatedAt.UtcTicks,
                last.Id).Encode();
        }

        return new PagedResponse<PropertySummaryResponse>(items, next);
    }

    /// <summary>The statement for these criteria and its parameters (bench/Baseline and bench/listings/explain.sql repeat its fragments).</summary>
    internal static (string Sql, DynamicParameters Parameters) Build(SearchCriteria criteria)
    {
        var sql = new StringBuilder(Select, 2048);
        var parameters = new DynamicParameters();
        if (criteria.City is { } city)
        {
            sql.Append(CityFilter);
            parameters.Add("City", city);
        }

        if (criteria.Country is { } country)
        {
            sql.Append(CountryFilter);
            parameters.Add("Country", country);
        }

        if (criteria.Radius is { } radius)
        {
            var box = SearchBoundingBox.Around(radius.Lat, radius.Lng, radius.RadiusKm);
            sql.Append(BoxFilter).Append(RadiusFilter);
            parameters.Add("MinLat", box.MinLat);
            parameters.Add("MinLng", box.MinLng);
            parameters.Add("MaxLat", box.MaxLat);
            parameters.Add("MaxLng", box.MaxLng);
            parameters.Add("Lat", radius.Lat);
            parameters.Add("Lng", radius.Lng);
            parameters.Add("RadiusKm", radius.RadiusKm);
        }

        if (criteria.Box is { } mapBox)
        {
            // With a radius as well, both boxes apply: name the map box's parameters apart.
            sql.Append(BoxFilter.Replace("@M", "@BoxM", StringComparison.Ordinal));
            parameters.Add("BoxMinLat", mapBox.MinLat);
            parameters.Add("BoxMinLng", mapBox.MinLng);
            parameters.Add("BoxMaxLat", mapBox.MaxLat);
            parameters.Add("BoxMaxLng", mapBox.MaxLng);
        }

        if (criteria.Guests is { } guests)
        {
            sql.Append(GuestsFilter);
            parameters.Add("Guests", guests);
        }

        if (criteria.MinPrice is { } minPrice)
        {
            sql.Append(MinPriceFilter);
            parameters.Add("MinPrice", minPrice);
        }

        if (criteria.MaxPrice is { } maxPrice)
        {
            sql.Append(MaxPriceFilter);
            parameters.Add("MaxPrice", maxPrice);
        }

        if (criteria.Amenities.Count > 0)
        {
            sql.Append(AmenitiesFilter);
            parameters.Add("Amenities", criteria.Amenities.ToArray());
        }

        if (criteria.InstantBook is { } instantBook)
        {
            sql.Append(InstantBookFilter);
            parameters.Add("InstantBook", instantBook);
        }

        if (criteria.Stay is { } stay)
        {
            sql.Append(StayFilter);
            parameters.Add("StayStart", stay.CheckIn.ToDateTime(TimeOnly.MinValue));
            parameters.Add("StayEnd", stay.CheckOut.ToDateTime(TimeOnly.MinValue));
        }

        if (criteria.After is { } after)
        {
            sql.Append(criteria.Sort switch
            {
                SearchSort.Price => AfterPriceAscending,
                SearchSort.PriceDescending => AfterPriceDescending,
                SearchSort.Newest => AfterNewest,
                _ => AfterRating,
            });
            parameters.Add("AfterNumber", after.Number);
            parameters.Add("AfterCreatedAt", new DateTimeOffset(after.Ticks, TimeSpan.Zero));
            parameters.Add("AfterId", after.Id);
        }

        sql.Append(criteria.Sort switch
        {
            SearchSort.Price => OrderPriceAscending,
            SearchSort.PriceDescending => OrderPriceDescending,
            SearchSort.Newest => OrderNewest,
            _ => OrderRating,
        });
        sql.Append(Limit);
        parameters.Add("Take", criteria.Limit + 1);
        return (sql.ToString(), parameters);
    }
}
