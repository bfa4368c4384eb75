// POST /bookings: the product's CreateBookingCommand (POST /api/v1/bookings) as one raw-Npgsql transaction, statement
// for statement what the product sends on a booking request:
//
//   BEGIN (read committed)
//   SELECT 1 FROM properties WHERE id = @Id FOR UPDATE            PropertyRepository.LockSql: serialises a listing's calendar
//   SELECT <listing> LEFT JOIN property_blocks                    PropertyWithBlocksSpec: the aggregate and its blocks
//   SELECT EXISTS (... BookingOverlapSql.SharesANight)            BookingRepository.OverlapSql (@Except NULL)
//   INSERT INTO bookings (...)                                    the Booking aggregate (pending, or confirmed on instant book)
//   SELECT <guest and host> FROM users WHERE id = ANY(@Ids)       EmailBookingPartiesHandler: guest and host in one round trip
//   INSERT INTO jobs ... 'booking.expire-request' | 'booking.complete-stay'   ScheduleBookingDeadlinesHandler (due later)
//   INSERT INTO jobs ... 'email.send'                             EmailBookingPartiesHandler (due now)
//   COMMIT
//   SELECT pg_notify('jobs', '') on a synchronous_commit=off connection, coalesced   JobsDataSource.WakeWorkers
//
// 201 with the product's BookingResponse shape; 409 {"code":"Booking.Overlap"} when the probe (or the exclusion
// constraint) finds an active booking sharing a night; 404 for a missing or unlisted listing; 400/422 for the stay
// rules (the product's validator and Booking.Reserve). The jobs are run by whatever job worker shares the database:
// in bench/bookings/run.sh that is the API's in-process worker, so API and baseline leave the machine the same work.
//
// Authentication: none. The guest is the user id in the X-Guest-Id header, or "guestId" in the body (the header
// wins). The request body is otherwise the API's: {propertyId, checkIn, checkOut, guests}.
// Not done (the product does them after commit): cache invalidation (the baseline has no cache).
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace AirbnbClone.Bench.Baseline;

internal sealed class Bookings
{
    private const decimal ServiceFeeRate = 0.14m;      // PricingService.DefaultServiceFeeRate
    private const int JobMaxAttempts = 5;              // Jobs:MaxAttempts (appsettings.json)
    private static readonly TimeSpan RequestLifetime = TimeSpan.FromHours(24);   // Booking.RequestLifetime
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private const string LockSql = "SELECT 1 FROM properties WHERE id = @Id FOR UPDATE";

    private const string ListingSql = """
        SELECT p.id, p.host_id, p.title, p.description, p.street, p.city, p.state, p.country, p.postal_code, p.latitude,
               p.longitude, p.price_per_night, p.currency, p.cleaning_fee, p.max_guests, p.bedrooms, p.beds, p.bathrooms,
               p.amenities, p.photos, p.min_nights, p.max_nights, p.instant_book, p.cancellation_policy, p.status,
               p.rating_average, p.review_count, p.created_at, p.updated_at,
               k.id, k.start_date, k.end_date, k.created_at
        FROM properties p
        LEFT JOIN property_blocks k ON k.property_id = p.id
        WHERE p.id = @Id
        ORDER BY k.id
        """;

    private const string OverlapSql = """
        SELECT EXISTS (
            SELECT 1 FROM bookings b
            WHERE b.property_id = @PropertyId AND (@Except::uuid IS NULL OR b.id <> @Except::uuid)
              AND b.status IN ('pending', 'confirmed') AND daterange(b.check_in, b.check_out, '[)') && daterange(@StayStart::date, @StayEnd::date, '[)'))
        """;

    private const string InsertBookingSql = """
        INSERT INTO bookings (id, property_id, guest_id, check_in, check_out, guests, status, nights, nightly_rate, subtotal,
                              cleaning_fee, service_fee, total, currency, created_at, updated_at, cancellation_policy,
                              expires_at, responded_at)
        VALUES (@id, @property_id, @guest_id, @check_in, @check_out, @guests, @status, @nights, @nightly_rate, @subtotal,
                @cleaning_fee, @service_fee, @total, @currency, @now, @now, @cancellation_policy, @expires_at, @responded_at)
        """;

    private const string UsersSql = """
        SELECT id, email, password_hash, first_name, last_name, phone_number, role, created_at, updated_at, deleted_at
        FROM users WHERE id = ANY(@Ids)
        """;

    // JobStore.EnqueueSql.
    private const string EnqueueSql = """
        INSERT INTO jobs (id, type, payload, state, attempts, max_attempts, run_at, dedup_key, created_at, updated_at)
        VALUES (@id, @type, @payload, 'pending', 0, @max_attempts, @run_at, @dedup_key, @now, @now)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _wakeSource;
    private readonly Lock _gate = new();
    private bool _sending;
    private bool _requested;

    public Bookings(NpgsqlDataSource dataSource, string connectionString)
    {
        _dataSource = dataSource;
        var wake = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c synchronous_commit=off", MaxPoolSize = 2 };
        _wakeSource = NpgsqlDataSource.Create(wake.ConnectionString);
    }

    public async Task<IResult> CreateAsync(HttpRequest request, CancellationToken ct)
    {
        BookingBody? body;
        try
        {
            body = await request.ReadFromJsonAsync<BookingBody>(Web, ct);
        }
        catch (JsonException)
        {
            return Problem(400, "Request.InvalidJson");
        }

        var guestId = Guid.TryParse(request.Headers["X-Guest-Id"].ToString(), out var fromHeader) ? fromHeader : body?.GuestId;
        if (guestId is null)
        {
            return Problem(401, "Auth.Required");
        }

        if (body is not { PropertyId: { } propertyId, CheckIn: { } checkIn, CheckOut: { } checkOut, Guests: { } guests }
            || checkOut <= checkIn || checkOut.DayNumber - checkIn.DayNumber > 365 || guests is < 1 or > 50)
        {
            return Problem(400, "Validation");
        }

        var now = DateTimeOffset.UtcNow;
        await using var connection = await _dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        await using (var lockCommand = new NpgsqlCommand(LockSql, connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<Guid>("Id", propertyId));
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        Listing? listing = null;
        await using (var load = new NpgsqlCommand(ListingSql, connection, transaction))
        {
            load.Parameters.Add(new NpgsqlParameter<Guid>("Id", propertyId));
            await using var reader = await load.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                listing ??= new Listing(reader.GetGuid(1), reader.GetString(2), reader.GetString(4), reader.GetString(5), reader.GetString(7),
                    reader.GetDecimal(11), reader.GetString(12).Trim(), reader.GetDecimal(13), reader.GetInt32(14), reader.GetInt32(20),
                    reader.GetInt32(21), reader.GetBoolean(22), reader.GetString(23), reader.GetString(24), []);
                if (!reader.IsDBNull(29))
                {
                    listing.Blocks.Add((reader.GetFieldValue<DateOnly>(30), reader.GetFieldValue<DateOnly>(31)));
                }
            }
        }

        // Booking.Reserve's checks, in its order.
        var nights = checkOut.DayNumber - checkIn.DayNumber;
        if (listing is null || listing.Status != "listed")
        {
            return Problem(404, "Property.NotFound");
        }

        if (listing.HostId == guestId)
        {
            return Problem(422, "Booking.OwnListing");
        }

        if (checkIn < DateOnly.FromDateTime(now.UtcDateTime) || guests > listing.MaxGuests || nights < listing.MinNights
            || nights > listing.MaxNights || listing.Blocks.Exists(b => b.Start < checkOut && checkIn < b.End))
        {
            return Problem(422, "Booking.StayRule");
        }

        await using (var probe = new NpgsqlCommand(OverlapSql, connection, transaction))
        {
            probe.Parameters.Add(new NpgsqlParameter("Except", NpgsqlDbType.Uuid) { Value = DBNull.Value });
            probe.Parameters.Add(new NpgsqlParameter<Guid>("PropertyId", propertyId));
            probe.Parameters.Add(new NpgsqlParameter<DateTime>("StayStart", checkIn.ToDateTime(TimeOnly.MinValue)));
            probe.Parameters.Add(new NpgsqlParameter<DateTime>("StayEnd", checkOut.ToDateTime(TimeOnly.MinValue)));
            if ((bool)(await probe.ExecuteScalarAsync(ct))!)
            {
                return Problem(409, "Booking.Overlap");
            }
        }

        // PricingService.Quote: every amount rounded to cents, half away from zero.
        var nightly = Round(listing.PricePerNight);
        var subtotal = Round(nightly * nights);
        var cleaning = Round(listing.CleaningFee);
        var serviceFee = Round((subtotal + cleaning) * ServiceFeeRate);
        var total = Round(subtotal + cleaning + serviceFee);
        var id = Guid.CreateVersion7(now);
        var status = listing.InstantBook ? "confirmed" : "pending";
        DateTimeOffset? expiresAt = listing.InstantBook ? null : now + RequestLifetime;
        try
        {
            await using (var insert = new NpgsqlCommand(InsertBookingSql, connection, transaction))
            {
                var p = insert.Parameters;
                p.Add(new NpgsqlParameter<Guid>("id", id));
                p.Add(new NpgsqlParameter<Guid>("property_id", propertyId));
                p.Add(new NpgsqlParameter<Guid>("guest_id", guestId.Value));
                p.Add(new NpgsqlParameter<DateOnly>("check_in", checkIn));
                p.Add(new NpgsqlParameter<DateOnly>("check_out", checkOut));
                p.Add(new NpgsqlParameter<int>("guests", guests));
                p.Add(new NpgsqlParameter<string>("status", status));
                p.Add(new NpgsqlParameter<int>("nights", nights));
                p.Add(new NpgsqlParameter<decimal>("nightly_rate", nightly));
                p.Add(new NpgsqlParameter<decimal>("subtotal", subtotal));
                p.Add(new NpgsqlParameter<decimal>("cleaning_fee", cleaning));
                p.Add(new NpgsqlParameter<decimal>("service_fee", serviceFee));
                p.Add(new NpgsqlParameter<decimal>("total", total));
                p.Add(new NpgsqlParameter<string>("currency", listing.Currency));
                p.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
                p.Add(new NpgsqlParameter<string>("cancellation_policy", listing.CancellationPolicy));
                p.Add(new NpgsqlParameter("expires_at", NpgsqlDbType.TimestampTz) { Value = expiresAt is { } e ? e : DBNull.Value });
                p.Add(new NpgsqlParameter("responded_at", NpgsqlDbType.TimestampTz) { Value = listing.InstantBook ? now : DBNull.Value });
                await insert.ExecuteNonQueryAsync(ct);
            }

            var people = new Dictionary<Guid, (string Email, string First, string Last)>(2);
            await using (var users = new NpgsqlCommand(UsersSql, connection, transaction))
            {
                users.Parameters.Add(new NpgsqlParameter<Guid[]>("Ids", [guestId.Value, listing.HostId]));
                await using var reader = await users.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    people[reader.GetGuid(0)] = (reader.GetString(1), reader.GetString(3), reader.GetString(4));
                }
            }

            // ScheduleBookingDeadlinesHandler: the job that ends the booking's current state.
            if (expiresAt is { } expires)
            {
                await EnqueueAsync(connection, transaction, "booking.expire-request", Json(new { BookingId = id }), now, expires,
                    $"booking:{id:N}:expire:{expires.UtcTicks}", ct);
            }
            else
            {
                var completesAt = new DateTimeOffset(checkOut.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                await EnqueueAsync(connection, transaction, "booking.complete-stay", Json(new { BookingId = id }), now, completesAt,
                    $"booking:{id:N}:complete:{checkOut:yyyyMMdd}", ct);
            }

            // EmailBookingPartiesHandler: to the host for a request, to the guest for a confirmed stay.
            if (people.TryGetValue(guestId.Value, out var guest) && people.TryGetValue(listing.HostId, out var host))
            {
                var mail = listing.InstantBook
                    ? Confirmed(guest, host, listing, id, checkIn, checkOut, guests, total)
                    : Requested(guest, host, listing, id, checkIn, checkOut, guests, subtotal + cleaning, expiresAt!.Value);
                await EnqueueAsync(connection, transaction, "email.send", Json(mail), now, now, null, ct);
            }

            await transaction.CommitAsync(ct);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.ExclusionViolation)
        {
            return Problem(409, "Booking.Overlap");
        }

        WakeWorkers();
        var price = new Price(nights, nightly, subtotal, cleaning, serviceFee, total, listing.Currency);
        return Results.Created($"/api/v1/bookings/{id}", new BookingResult(
            id, propertyId, guestId.Value, checkIn, checkOut, guests, status, price, now, now, expiresAt, null, null));
    }

    private static async Task EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string type, string payload,
        DateTimeOffset now, DateTimeOffset runAt, string? dedupKey, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(EnqueueSql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", Guid.CreateVersion7(now)));
        command.Parameters.Add(new NpgsqlParameter<string>("type", type));
        command.Parameters.Add(new NpgsqlParameter<string>("payload", NpgsqlDbType.Jsonb) { TypedValue = payload });
        command.Parameters.Add(new NpgsqlParameter<int>("max_attempts", JobMaxAttempts));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("run_at", runAt));
        command.Parameters.Add(new NpgsqlParameter("dedup_key", NpgsqlDbType.Varchar) { Value = (object?)dedupKey ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await command.ExecuteScalarAsync(ct);
    }

    // JobsDataSource.WakeWorkers: one NOTIFY at a time, in its own transaction; requests meanwhile share the next one.
    private void WakeWorkers()
    {
        lock (_gate)
        {
            if (_sending)
            {
                _requested = true;
                return;
            }

            _sending = true;
        }

        _ = SendWakeUpsAsync();
    }

    private async Task SendWakeUpsAsync()
    {
        while (true)
        {
            try
            {
                await using var command = _wakeSource.CreateCommand("SELECT pg_notify('jobs', '')");
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // The workers' polling picks the jobs up.
            }

            lock (_gate)
            {
                if (!_requested)
                {
                    _sending = false;
                    return;
                }

                _requested = false;
            }
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Web);

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static IResult Problem(int status, string code) => Results.Json(new { status, code }, Web, statusCode: status);

    // EmailTemplates.BookingRequested / BookingConfirmed, same text.
    private static Mail Requested((string Email, string First, string Last) guest, (string Email, string First, string Last) host, Listing listing,
        Guid id, DateOnly checkIn, DateOnly checkOut, int guests, decimal payout, DateTimeOffset respondBy)
    {
        var guestName = $"{guest.First} {guest.Last}";
        return new Mail(host.Email, $"Booking request from {guestName}: {listing.Title}, {Day(checkIn)} - {Day(checkOut)}",
            Body(host.First, $"{guestName} would like to stay at {listing.Title}.",
                Facts(listing, id, checkIn, checkOut, guests) + $"\nYour payout: {Amount(payout, listing.Currency)}",
                $"Please accept or decline by {respondBy.ToUniversalTime().ToString("ddd d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)}. " +
                "The dates are held for the guest until then; without an answer the request expires and the dates become free again."));
    }

    private static Mail Confirmed((string Email, string First, string Last) guest, (string Email, string First, string Last) host, Listing listing,
        Guid id, DateOnly checkIn, DateOnly checkOut, int guests, decimal total) =>
        new(guest.Email, $"Confirmed: {listing.Title}, {Day(checkIn)} - {Day(checkOut)}",
            Body(guest.First, $"Your stay at {listing.Title} is confirmed. Your host is {host.First} {host.Last}.",
                Facts(listing, id, checkIn, checkOut, guests) + $"\nAddress: {listing.Street}, {listing.City}, {listing.Country}\nTotal: {Amount(total, listing.Currency)}",
                "You can message your host from the booking page. Cancellation terms are those of the listing's policy, shown on the booking."));

    private static string Facts(Listing listing, Guid id, DateOnly checkIn, DateOnly checkOut, int guests)
    {
        var nights = checkOut.DayNumber - checkIn.DayNumber;
        return string.Create(CultureInfo.InvariantCulture,
            $"Home: {listing.Title}\nCheck-in: {Day(checkIn)}\nCheck-out: {Day(checkOut)} ({nights} {(nights == 1 ? "night" : "nights")})\nGuests: {guests}\nBooking reference: {id}");
    }

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Amount(decimal amount, string currency) => string.Create(CultureInfo.InvariantCulture, $"{amount:0.00} {currency}");

    private static string Body(string firstName, params string[] paragraphs)
    {
        var body = new StringBuilder();
        body.Append("Hello ").Append(firstName).Append(",\n\n");
        foreach (var paragraph in paragraphs)
        {
            body.Append(paragraph).Append("\n\n");
        }

        return body.Append("-- \nThe AirbnbClone team\n").ToString();
    }

    private sealed record Listing(Guid HostId, string Title, string Street, string City, string Country, decimal PricePerNight,
        string Currency, decimal CleaningFee, int MaxGuests, int MinNights, int MaxNights, bool InstantBook, string CancellationPolicy,
        string Status, List<(DateOnly Start, DateOnly End)> Blocks);

    private sealed record Mail(string To, string Subject, string Body);
}

internal sealed record BookingBody(Guid? PropertyId, DateOnly? CheckIn, DateOnly? CheckOut, int? Guests, Guid? GuestId);

internal sealed record Price(int Nights, decimal NightlyRate, decimal Subtotal, decimal CleaningFee, decimal ServiceFee, decimal Total, string Currency);

internal sealed record BookingResult(Guid Id, Guid PropertyId, Guid GuestId, DateOnly CheckIn, DateOnly CheckOut, int Guests, string Status,
    Price Price, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? CancelledAt, object? Refund);
