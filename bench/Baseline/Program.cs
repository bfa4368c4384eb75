// The benchmark baseline: the same SQL as the product's GetPropertyQuery and SearchPropertiesQuery handlers, and the
// same booking transaction as CreateBookingCommand (Bookings.cs), served by a bare minimal API over raw Npgsql: no
// MediatR pipeline, no validation, no authentication middleware, no cache. It answers the question "what does the
// product's machinery cost on top of the database work?".
//
// Npgsql automatic preparation is ON, whatever the connection string says: Max Auto Prepare=20 and Auto Prepare Min
// Usages=2 (the product's default connection strings carry the same two keys), so both sides send prepared
// statements after a statement's second use. The first line the process prints says so.
//
//   GET  /api/v1/properties/{id}   the product's GET one listing
//   GET  /api/v1/properties?...    the product's search (city, box, guests, price, amenities, dates, sort)
//   POST /bookings                 (also /api/v1/bookings) the product's POST /api/v1/bookings: see Bookings.cs
using System.Globalization;
using System.Text;
using AirbnbClone.Bench.Baseline;
using Npgsql;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString("Database")
    ?? throw new InvalidOperationException("ConnectionStrings:Database is required."))
{
    MaxAutoPrepare = 20,
    AutoPrepareMinUsages = 2,
};
var dataSource = NpgsqlDataSource.Create(connectionString.ConnectionString);
Console.WriteLine(
    $"baseline: Npgsql automatic preparation on (Max Auto Prepare={connectionString.MaxAutoPrepare}, " +
    $"Auto Prepare Min Usages={connectionString.AutoPrepareMinUsages}), Maximum Pool Size={connectionString.MaxPoolSize}");
var bookings = new Bookings(dataSource, connectionString.ConnectionString);
var app = builder.Build();

// Same text as GetPropertyQueryHandler.Sql (PropertySql.DetailColumns).
const string DetailSql = """
    SELECT p.id, p.host_id, u.first_name, p.title, p.description, p.street, p.city, p.state, p.country, p.postal_code,
           p.latitude, p.longitude, p.price_per_night, p.currency, p.cleaning_fee, p.max_guests, p.bedrooms, p.beds,
           p.bathrooms, p.amenities, p.photos, p.min_nights, p.max_nights, p.instant_book, p.cancellation_policy,
           p.status, p.rating_average, p.review_count, p.created_at, p.updated_at
    FROM properties p
    JOIN users u ON u.id = p.host_id
    WHERE p.id = @PropertyId AND p.status = 'listed'
    """;

// The fragments of SearchPropertiesQueryHandler, in the same order.
const string SearchSelect = """
    SELECT p.id, p.title, p.city, p.country, p.latitude, p.longitude, p.price_per_night, p.currency,
           p.max_guests, p.bedrooms, p.amenities, p.instant_book, p.rating_average, p.review_count,
           p.photos[1], p.created_at
    FROM properties p
    WHERE p.status = 'listed'
    """;

app.MapGet("/api/v1/properties/{id:guid}", async (Guid id, CancellationToken ct) =>
{
    await using var command = dataSource.CreateCommand(DetailSql);
    command.Parameters.AddWithValue("PropertyId", id);
    await using var reader = await command.ExecuteReaderAsync(ct);
    if (!await reader.ReadAsync(ct))
    {
        return Results.NotFound();
    }

    return Results.Ok(new Detail(
        reader.GetGuid(0), reader.GetGuid(1), new Host(reader.GetGuid(1), reader.GetString(2)), reader.GetString(3), reader.GetString(4),
        new Address(reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9)),
        reader.GetDouble(10), reader.GetDouble(11), reader.GetDecimal(12), reader.GetString(13), reader.GetDecimal(14), reader.GetInt32(15),
        reader.GetInt32(16), reader.GetInt32(17), reader.GetInt32(18), reader.GetFieldValue<string[]>(19), reader.GetFieldValue<string[]>(20),
        reader.GetInt32(21), reader.GetInt32(22), reader.GetBoolean(23), reader.GetString(24), reader.GetString(25), reader.GetDecimal(26),
        reader.GetInt32(27), reader.GetFieldValue<DateTimeOffset>(28), reader.GetFieldValue<DateTimeOffset>(29)));
});

app.MapGet("/api/v1/properties", async (HttpRequest request, CancellationToken ct) =>
{
    var q = request.Query;
    var sql = new StringBuilder(SearchSelect, 2048);
    await using var command = dataSource.CreateCommand();
    static double D(string? s) => double.Parse(s!, CultureInfo.InvariantCulture);
    if (q["city"].ToString() is { Length: > 0 } city)
    {
        sql.Append("\n  AND lower(p.city) = lower(@City)");
        command.Parameters.AddWithValue("City", city);
    }

    if (q["minLat"].ToString() is { Length: > 0 } minLat)
    {
        sql.Append("\n  AND point(p.longitude, p.latitude) <@ box(point(@BoxMinLng, @BoxMinLat), point(@BoxMaxLng, @BoxMaxLat))");
        command.Parameters.AddWithValue("BoxMinLat", D(minLat));
        command.Parameters.AddWithValue("BoxMinLng", D(q["minLng"]));
        command.Parameters.AddWithValue("BoxMaxLat", D(q["maxLat"]));
        command.Parameters.AddWithValue("BoxMaxLng", D(q["maxLng"]));
    }

    if (q["guests"].ToString() is { Length: > 0 } guests)
    {
        sql.Append("\n  AND p.max_guests >= @Guests");
        command.Parameters.AddWithValue("Guests", int.Parse(guests, CultureInfo.InvariantCulture));
    }

    if (q["minPrice"].ToString() is { Length: > 0 } minPrice)
    {
        sql.Append("\n  AND p.price_per_night >= @MinPrice");
        command.Parameters.AddWithValue("MinPrice", decimal.Parse(minPrice, CultureInfo.InvariantCulture));
    }

    if (q["maxPrice"].ToString() is { Length: > 0 } maxPrice)
    {
        sql.Append("\n  AND p.price_per_night <= @MaxPrice");
        command.Parameters.AddWithValue("MaxPrice", decimal.Parse(maxPrice, CultureInfo.InvariantCulture));
    }

    if (q["amenities"].ToString() is { Length: > 0 } amenities)
    {
        sql.Append("\n  AND p.amenities @> @Amenities");
        command.Parameters.AddWithValue("Amenities", amenities.Split(',').Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    if (q["checkIn"].ToString() is { Length: > 0 } checkIn)
    {
        sql.Append("""

              AND NOT EXISTS (
                  SELECT 1 FROM bookings b
                  WHERE b.property_id = p.id AND b.status IN ('pending', 'confirmed')
                    AND daterange(b.check_in, b.check_out, '[)') && daterange(@CheckIn::date, @CheckOut::date, '[)'))
              AND NOT EXISTS (
                  SELECT 1 FROM property_blocks k
                  WHERE k.property_id = p.id
                    AND daterange(k.start_date, k.end_date, '[)') && daterange(@CheckIn::date, @CheckOut::date, '[)'))
            """);
        command.Parameters.AddWithValue("CheckIn", DateTime.Parse(checkIn, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("CheckOut", DateTime.Parse(q["checkOut"]!, CultureInfo.InvariantCulture));
    }

    sql.Append(q["sort"].ToString() switch
    {
        "price" => "\nORDER BY p.price_per_night, p.id",
        "-price" => "\nORDER BY p.price_per_night DESC, p.id DESC",
        "newest" => "\nORDER BY p.created_at DESC, p.id DESC",
        _ => "\nORDER BY p.rating_average DESC, p.id DESC",
    });
    sql.Append("\nLIMIT @Take");
    command.Parameters.AddWithValue("Take", 21);
    command.CommandText = sql.ToString();

    var items = new List<Summary>(21);
    await using var reader = await command.ExecuteReaderAsync(ct);
    while (await reader.ReadAsync(ct))
    {
        items.Add(new Summary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4), reader.GetDouble(5),
            reader.GetDecimal(6), reader.GetString(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetFieldValue<string[]>(10), reader.GetBoolean(11),
            reader.GetDecimal(12), reader.GetInt32(13), reader.IsDBNull(14) ? null : reader.GetString(14)));
    }

    return Results.Ok(new Page(items.Take(20).ToList(), items.Count > 20 ? "next" : null));
});

app.MapPost("/bookings", bookings.CreateAsync);
app.MapPost("/api/v1/bookings", bookings.CreateAsync);

await app.RunAsync();

internal sealed record Host(Guid Id, string FirstName);

internal sealed record Address(string Street, string City, string? State, string Country, string? PostalCode);

internal sealed record Detail(Guid Id, Guid HostId, Host Host, string Title, string Description, Address Address, double Latitude, double Longitude,
    decimal PricePerNight, string Currency, decimal CleaningFee, int MaxGuests, int Bedrooms, int Beds, int Bathrooms, string[] Amenities,
    string[] Photos, int MinNights, int MaxNights, bool InstantBook, string CancellationPolicy, string Status, decimal RatingAverage,
    int ReviewCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record Summary(Guid Id, string Title, string City, string Country, double Latitude, double Longitude, decimal PricePerNight,
    string Currency, int MaxGuests, int Bedrooms, string[] Amenities, bool InstantBook, decimal RatingAverage, int ReviewCount, string? PhotoUrl);

internal sealed record Page(List<Summary> Items, string? NextCursor);
