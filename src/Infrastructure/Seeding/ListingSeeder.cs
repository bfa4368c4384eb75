using System.Diagnostics;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Bookings;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Shared;
using Npgsql;
using NpgsqlTypes;

namespace AirbnbClone.Infrastructure.Seeding;

/// <summary>
/// A realistic, deterministic (seeded Random) data set for search and load tests: hosts and guests, listings spread
/// over real cities with their coordinates, currencies and price levels, and bookings and host blocks laid out per
/// listing without overlaps. Everything goes in with binary COPY. Idempotent-ish: a table that already holds at least
/// the requested number of seeded rows is left alone.
/// </summary>
public sealed class ListingSeeder(
    NpgsqlDataSource dataSource, IPasswordHasher passwordHasher, PendingRequestLimit pendingLimit, PricingService pricing, TimeProvider clock)
{
    private const string SeedEmailDomain = "seed.example.com";

    // name, country, currency, latitude, longitude, median nightly price, weight (share of listings)
    private static readonly (string City, string Country, string Currency, double Lat, double Lng, decimal Median, int Weight)[] Cities =
    [
        ("Paris", "FR", "EUR", 48.8566, 2.3522, 140, 60), ("London", "GB", "GBP", 51.5072, -0.1276, 150, 60),
        ("New York", "US", "USD", 40.7128, -74.0060, 210, 55), ("Rome", "IT", "EUR", 41.9028, 12.4964, 120, 40),
        ("Barcelona", "ES", "EUR", 41.3874, 2.1686, 130, 40), ("Lisbon", "PT", "EUR", 38.7223, -9.1393, 100, 35),
        ("Berlin", "DE", "EUR", 52.5200, 13.4050, 95, 35), ("Amsterdam", "NL", "EUR", 52.3676, 4.9041, 170, 30),
        ("Tokyo", "JP", "JPY", 35.6762, 139.6503, 14000, 45), ("Kyoto", "JP", "JPY", 35.0116, 135.7681, 16000, 15),
        ("Sydney", "AU", "AUD", -33.8688, 151.2093, 220, 30), ("Melbourne", "AU", "AUD", -37.8136, 144.9631, 180, 20),
        ("Los Angeles", "US", "USD", 34.0522, -118.2437, 190, 40), ("San Francisco", "US", "USD", 37.7749, -122.4194, 230, 20),
        ("Miami", "US", "USD", 25.7617, -80.1918, 200, 25), ("Chicago", "US", "USD", 41.8781, -87.6298, 150, 20),
        ("Austin", "US", "USD", 30.2672, -97.7431, 160, 15), ("Toronto", "CA", "CAD", 43.6532, -79.3832, 170, 20),
        ("Vancouver", "CA", "CAD", 49.2827, -123.1207, 190, 15), ("Mexico City", "MX", "MXN", 19.4326, -99.1332, 1400, 25),
        ("Cancún", "MX", "MXN", 21.1619, -86.8515, 2200, 15), ("Rio de Janeiro", "BR", "BRL", -22.9068, -43.1729, 380, 25),
        ("São Paulo", "BR", "BRL", -23.5505, -46.6333, 300, 15), ("Buenos Aires", "AR", "ARS", -34.6037, -58.3816, 60000, 15),
        ("Cape Town", "ZA", "ZAR", -33.9249, 18.4241, 1500, 20), ("Marrakesh", "MA", "MAD", 31.6295, -7.9811, 900, 15),
        ("Istanbul", "TR", "TRY", 41.0082, 28.9784, 2500, 25), ("Athens", "GR", "EUR", 37.9838, 23.7275, 90, 20),
        ("Dubrovnik", "HR", "EUR", 42.6507, 18.0944, 150, 10), ("Prague", "CZ", "CZK", 50.0755, 14.4378, 2400, 20),
        ("Vienna", "AT", "EUR", 48.2082, 16.3738, 110, 15), ("Budapest", "HU", "HUF", 47.4979, 19.0402, 30000, 15),
        ("Copenhagen", "DK", "DKK", 55.6761, 12.5683, 1100, 10), ("Stockholm", "SE", "SEK", 59.3293, 18.0686, 1300, 10),
        ("Reykjavík", "IS", "ISK", 64.1466, -21.9426, 25000, 5), ("Dublin", "IE", "EUR", 53.3498, -6.2603, 160, 15),
        ("Edinburgh", "GB", "GBP", 55.9533, -3.1883, 130, 10), ("Zürich", "CH", "CHF", 47.3769, 8.5417, 190, 10),
        ("Chamonix", "FR", "EUR", 45.9237, 6.8694, 210, 5), ("Nice", "FR", "EUR", 43.7102, 7.2620, 150, 15),
        ("Bali", "ID", "IDR", -8.4095, 115.1889, 1200000, 30), ("Bangkok", "TH", "THB", 13.7563, 100.5018, 1500, 25),
        ("Singapore", "SG", "SGD", 1.3521, 103.8198, 220, 15), ("Seoul", "KR", "KRW", 37.5665, 126.9780, 110000, 20),
        ("Hanoi", "VN", "VND", 21.0278, 105.8342, 800000, 10), ("Dubai", "AE", "AED", 25.2048, 55.2708, 600, 15),
        ("Tel Aviv", "IL", "ILS", 32.0853, 34.7818, 550, 10), ("Queenstown", "NZ", "NZD", -45.0312, 168.6626, 260, 5),
        ("Honolulu", "US", "USD", 21.3069, -157.8583, 280, 15), ("Aspen", "US", "USD", 39.1911, -106.8175, 450, 5),
    ];

    private static readonly (string Code, double Probability)[] AmenityOdds =
    [
        ("wifi", 0.95), ("kitchen", 0.85), ("heating", 0.75), ("washer", 0.6), ("tv", 0.6), ("air_conditioning", 0.5),
        ("workspace", 0.4), ("dryer", 0.35), ("free_parking", 0.3), ("crib", 0.15), ("pets_allowed", 0.2), ("pool", 0.12),
        ("bbq_grill", 0.12), ("hot_tub", 0.08), ("gym", 0.08), ("fireplace", 0.08), ("beach_access", 0.06),
        ("ev_charger", 0.05), ("smoking_allowed", 0.05), ("ski_in_out", 0.02),
    ];

    private static readonly string[] Adjectives = ["Cozy", "Sunny", "Modern", "Charming", "Spacious", "Quiet", "Bright", "Stylish", "Rustic", "Elegant", "Airy", "Historic"];
    private static readonly string[] Kinds = ["apartment", "loft", "studio", "house", "flat", "villa", "cottage", "townhouse", "condo", "guest suite"];
    private static readonly string[] Places = ["near the old town", "by the park", "with a view", "in the centre", "close to the beach", "by the river", "near the station", "with a garden", "on a quiet street", "with a terrace"];
    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloé", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Lucas", "Maya", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera", "Wei", "Yara", "Zoe"];
    private static readonly string[] Policies = ["flexible", "moderate", "strict"];

    /// <summary>Seeds up to <paramref name="listings"/> listings and <paramref name="bookings"/> bookings; answers what it added.</summary>
    public async Task<(int Listings, int Bookings)> SeedAsync(int listings, int bookings, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var existingListings = await CountAsync(connection, $"SELECT count(*) FROM properties p JOIN users u ON u.id = p.host_id WHERE u.email LIKE '%@{SeedEmailDomain}'", cancellationToken);
        var existingBookings = await CountAsync(connection, "SELECT count(*) FROM bookings", cancellationToken);
        if (existingListings >= listings && existingBookings >= bookings)
        {
            progress.WriteLine($"==> seed: {existingListings} seeded listings and {existingBookings} bookings already there; nothing to do");
            return (0, 0);
        }

        var random = new Random(20261122 + (int)existingListings);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var hostCount = Math.Max(20, listings / 8);
        var guestCount = Math.Max(50, bookings / 20);
        var hostIds = await EnsureUsersAsync(connection, "host", hostCount, now, progress, cancellationToken);
        var guestIds = await EnsureUsersAsync(connection, "guest", guestCount, now, progress, cancellationToken);

        var propertyIds = new List<(Guid Id, decimal Price, string Currency, int MaxGuests, decimal Cleaning, double Popularity)>();
        var addedListings = 0;
        if (existingListings < listings)
        {
            var toAdd = (int)(listings - existingListings);
            addedListings = await CopyListingsAsync(connection, toAdd, hostIds, random, now, propertyIds, progress, cancellationToken);
        }

        var addedBookings = 0;
        if (existingBookings < bookings && propertyIds.Count == 0)
        {
            // Listings were seeded by an earlier run: spread the new bookings over those without any yet, so no
            // new stay can overlap an existing one (the exclusion constraint would abort the whole COPY).
            await using var read = new NpgsqlCommand("""
                SELECT id, price_per_night, currency, max_guests, cleaning_fee FROM properties p
                WHERE NOT EXISTS (SELECT 1 FROM bookings b WHERE b.property_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM property_blocks k WHERE k.property_id = p.id)
                ORDER BY id
                """, connection);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                propertyIds.Add((reader.GetGuid(0), reader.GetDecimal(1), reader.GetString(2), reader.GetInt32(3), reader.GetDecimal(4), Math.Exp(Normal(random) * 0.8)));
            }
        }

        if (existingBookings < bookings && propertyIds.Count > 0)
        {
            addedBookings = await CopyBookingsAsync(connection, (int)(bookings - existingBookings), propertyIds, guestIds, await PendingPerGuestAsync(connection, cancellationToken), random, today, now, progress, cancellationToken);
        }

        progress.WriteLine("==> seed: ANALYZE");
        await using (var analyze = new NpgsqlCommand("ANALYZE users; ANALYZE properties; ANALYZE bookings; ANALYZE property_blocks;", connection))
        {
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return (addedListings, addedBookings);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // constant SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<List<Guid>> EnsureUsersAsync(NpgsqlConnection connection, string role, int count, DateTimeOffset now, TextWriter progress, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>(count);
        await using (var existing = new NpgsqlCommand($"SELECT id FROM users WHERE role = @role AND email LIKE '%@{SeedEmailDomain}' ORDER BY email", connection))
        {
            existing.Parameters.AddWithValue("role", role);
            await using var reader = await existing.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        if (ids.Count >= count)
        {
            return ids;
        }

        // One hash for every seeded account: hashing 100,000 times would take minutes and prove nothing.
        var hash = passwordHasher.Hash(DemoSeeder.DemoPassword);
        var bar = new ProgressBar(progress, $"{role}s", count - ids.Count);
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY users (id, email, password_hash, first_name, last_name, phone_number, role, created_at, updated_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = ids.Count; i < count; i++)
            {
                var id = Guid.CreateVersion7(now.AddSeconds(-i));
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync($"seed-{role}-{i:D6}@{SeedEmailDomain}", NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(hash, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(FirstNames[i % FirstNames.Length], NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync($"Seed{i:D6}", NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteNullAsync(cancellationToken);
                await importer.WriteAsync(role, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                ids.Add(id);
                bar.Tick();
            }

            await importer.CompleteAsync(cancellationToken);
        }

        bar.Done();
        return ids;
    }

    private static async Task<int> CopyListingsAsync(
        NpgsqlConnection connection, int count, List<Guid> hostIds, Random random, DateTimeOffset now,
        List<(Guid Id, decimal Price, string Currency, int MaxGuests, decimal Cleaning, double Popularity)> added,
        TextWriter progress, CancellationToken cancellationToken)
    {
        var totalWeight = Cities.Sum(c => c.Weight);
        var bar = new ProgressBar(progress, "listings", count);
        await using var importer = await connection.BeginBinaryImportAsync("""
            COPY properties (id, host_id, title, description, street, city, state, country, postal_code, latitude, longitude,
                price_per_night, currency, cleaning_fee, max_guests, bedrooms, beds, bathrooms, amenities, photos, min_nights,
                max_nights, instant_book, cancellation_policy, status, rating_average, review_count, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var city = PickCity(random, totalWeight);
            // Denser near the centre: two normal draws, sigma about 4-5 km, with a long tail to the suburbs.
            var spread = random.NextDouble() < 0.8 ? 0.04 : 0.15;
            var lat = Math.Clamp(city.Lat + (Normal(random) * spread), -89.9, 89.9);
            var lng = Math.Clamp(city.Lng + (Normal(random) * spread / Math.Cos(city.Lat * Math.PI / 180)), -179.9, 179.9);
            var bedrooms = random.NextDouble() switch { < 0.15 => 0, < 0.5 => 1, < 0.8 => 2, < 0.93 => 3, < 0.98 => 4, _ => 5 + random.Next(4) };
            var beds = Math.Max(1, bedrooms + random.Next(0, 2));
            var maxGuests = Math.Clamp((beds * 2) - random.Next(0, 2), 1, PropertyDetails.MaxGuestsLimit);
            var price = RoundPrice(city.Median * (decimal)Math.Exp(Normal(random) * 0.45) * (1 + (0.35m * bedrooms)) / 1.5m);
            var cleaning = RoundPrice(price * (decimal)(0.1 + (random.NextDouble() * 0.4)));
            var amenities = AmenityOdds.Where(a => random.NextDouble() < a.Probability).Select(a => a.Code).ToArray();
            var created = now.AddMinutes(-random.Next(0, 3 * 365 * 24 * 60));
            var id = Guid.CreateVersion7(created);
            var reviews = random.NextDouble() < 0.25 ? 0 : (int)Math.Min(900, Math.Exp(random.NextDouble() * 5.5));
            var rating = reviews == 0 ? 0m : Math.Round(Math.Clamp(4.7m + ((decimal)Normal(random) * 0.3m), 1m, 5m), 2);
            var photos = Enumerable.Range(1, 1 + random.Next(8)).Select(n => $"https://images.example.com/listings/{id:N}/{n}.jpg").ToArray();
            var minNights = random.NextDouble() < 0.7 ? 1 : 2 + random.Next(6);

            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(hostIds[random.Next(hostIds.Count)], NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync($"{Adjectives[random.Next(Adjectives.Length)]} {Kinds[random.Next(Kinds.Length)]} {Places[random.Next(Places.Length)]}", NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync($"A {bedrooms}-bedroom home in {city.City} for up to {maxGuests} guests.", NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync($"{1 + random.Next(250)} {Places[random.Next(Places.Length)].Split(' ')[^1]} street", NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(city.City, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteNullAsync(cancellationToken);
            await importer.WriteAsync(city.Country, NpgsqlDbType.Char, cancellationToken);
            await importer.WriteAsync($"{10000 + random.Next(89999)}", NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(lat, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(lng, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(price, NpgsqlDbType.Numeric, cancellationToken);
            await importer.WriteAsync(city.Currency, NpgsqlDbType.Char, cancellationToken);
            await importer.WriteAsync(cleaning, NpgsqlDbType.Numeric, cancellationToken);
            await importer.WriteAsync(maxGuests, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(bedrooms, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(beds, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(Math.Max(1, (bedrooms + 1) / 2), NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(amenities, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(photos, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(minNights, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(random.NextDouble() < 0.8 ? 365 : 30, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(random.NextDouble() < 0.6, NpgsqlDbType.Boolean, cancellationToken);
            await importer.WriteAsync(Policies[random.Next(Policies.Length)], NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(random.NextDouble() < 0.97 ? "listed" : "unlisted", NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(rating, NpgsqlDbType.Numeric, cancellationToken);
            await importer.WriteAsync(reviews, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
            added.Add((id, price, city.Currency, maxGuests, cleaning, Math.Exp(Normal(random) * 0.8)));
            bar.Tick();
        }

        await importer.CompleteAsync(cancellationToken);
        bar.Done();
        return count;
    }

    /// <summary>
    /// Per listing, a timeline from a year ago to a year ahead: stays (1-14 nights, mostly short) with gaps between
    /// them, now and then a host block instead of a stay. Popular listings get more stays. No two overlap by construction.
    /// </summary>
    /// <summary>The live pending requests each guest already holds (a second seeding adds to the first).</summary>
    private static async Task<Dictionary<Guid, int>> PendingPerGuestAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var held = new Dictionary<Guid, int>();
        await using var command = new NpgsqlCommand(
            "SELECT guest_id, count(*)::int FROM bookings WHERE status = 'pending' AND expires_at > now() GROUP BY guest_id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            held[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return held;
    }

    private async Task<int> CopyBookingsAsync(
        NpgsqlConnection connection, int count,
        List<(Guid Id, decimal Price, string Currency, int MaxGuests, decimal Cleaning, double Popularity)> listings,
        List<Guid> guestIds, Dictionary<Guid, int> pendingPerGuest, Random random, DateOnly today, DateTimeOffset now, TextWriter progress, CancellationToken cancellationToken)
    {
        var totalPopularity = listings.Sum(l => l.Popularity);
        var bar = new ProgressBar(progress, "bookings", count);
        var blocks = new List<(Guid PropertyId, DateOnly Start, DateOnly End)>();
        var written = 0;
        var windowStart = today.AddDays(-365);
        await using (var importer = await connection.BeginBinaryImportAsync("""
            COPY bookings (id, property_id, guest_id, check_in, check_out, guests, status, nights, nightly_rate, subtotal,
                cleaning_fee, service_fee, total, currency, created_at, updated_at, expires_at, responded_at, cancelled_at,
                cancelled_by, refund_amount)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken))
        {
            foreach (var listing in listings)
            {
                // 10% more than the share, so that the caps below still leave enough stays to reach the target.
                var wanted = Math.Min(120, (int)Math.Round(count * 1.1 * listing.Popularity / totalPopularity));
                var day = windowStart.AddDays(random.Next(0, 20));
                for (var n = 0; n < wanted && written < count; n++)
                {
                    var nights = random.NextDouble() switch { < 0.35 => 1 + random.Next(2), < 0.8 => 3 + random.Next(3), < 0.95 => 6 + random.Next(4), _ => 10 + random.Next(5) };
                    var checkIn = day;
                    var checkOut = day.AddDays(nights);
                    if (checkOut > today.AddDays(365))
                    {
                        break;
                    }

                    // Gaps average out so that the wanted stays spread over the two-year window.
                    var spacing = 700 / Math.Max(1, wanted);
                    day = checkOut.AddDays(random.Next(0, Math.Max(1, (2 * spacing) - nights)));
                    if (random.NextDouble() < 0.03)
                    {
                        blocks.Add((listing.Id, checkIn, checkOut));
                        continue;
                    }

                    var status = checkOut <= today
                        ? random.NextDouble() switch { < 0.82 => "completed", < 0.95 => "cancelled", < 0.98 => "declined", _ => "expired" }
                        : random.NextDouble() switch { < 0.72 => "confirmed", < 0.85 => "pending", < 0.97 => "cancelled", _ => "declined" };
                    // A request waits at most 24 h for its host, and only for a stay that has not started.
                    if (status == "pending" && checkIn <= today)
                    {
                        status = "confirmed";
                    }

                    // Nor does a guest hold more live requests than the domain allows (PendingRequestLimit).
                    var guestId = guestIds[random.Next(guestIds.Count)];
                    if (status == "pending")
                    {
                        var held = pendingPerGuest.GetValueOrDefault(guestId);
                        if (pendingLimit.MaxPerGuest <= held)
                        {
                            status = "confirmed";
                        }
                        else
                        {
                            pendingPerGuest[guestId] = held + 1;
                        }
                    }

                    var subtotal = listing.Price * nights;
                    // The product's own fee rate and rounding (Money), so seeded totals are what a quote would say.
                    var serviceFee = (Money.Create(subtotal + listing.Cleaning, listing.Currency).Value * pricing.ServiceFeeRate).Amount;
                    var total = subtotal + listing.Cleaning + serviceFee;
                    var created = status == "pending"
                        ? now.AddMinutes(-random.Next(1, 23 * 60))
                        : new DateTimeOffset(checkIn.AddDays(-random.Next(1, 90)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    if (created > now)
                    {
                        created = now.AddDays(-1);
                    }

                    var lifecycle = Lifecycle(status, created, checkIn, total, listing.Currency, guestId, now, random);

                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(Guid.CreateVersion7(created), NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(listing.Id, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(guestId, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(checkIn, NpgsqlDbType.Date, cancellationToken);
                    await importer.WriteAsync(checkOut, NpgsqlDbType.Date, cancellationToken);
                    await importer.WriteAsync(1 + random.Next(listing.MaxGuests), NpgsqlDbType.Integer, cancellationToken);
                    await importer.WriteAsync(status, NpgsqlDbType.Varchar, cancellationToken);
                    await importer.WriteAsync(nights, NpgsqlDbType.Integer, cancellationToken);
                    await importer.WriteAsync(listing.Price, NpgsqlDbType.Numeric, cancellationToken);
                    await importer.WriteAsync(subtotal, NpgsqlDbType.Numeric, cancellationToken);
                    await importer.WriteAsync(listing.Cleaning, NpgsqlDbType.Numeric, cancellationToken);
                    await importer.WriteAsync(serviceFee, NpgsqlDbType.Numeric, cancellationToken);
                    await importer.WriteAsync(total, NpgsqlDbType.Numeric, cancellationToken);
                    await importer.WriteAsync(listing.Currency, NpgsqlDbType.Char, cancellationToken);
                    await importer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(lifecycle.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(lifecycle.ExpiresAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(lifecycle.RespondedAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(lifecycle.CancelledAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    await importer.WriteAsync(lifecycle.CancelledBy, NpgsqlDbType.Uuid, cancellationToken);
                    await importer.WriteAsync(lifecycle.Refund, NpgsqlDbType.Numeric, cancellationToken);
                    written++;
                    bar.Tick();
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        bar.Done();
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY property_blocks (id, property_id, start_date, end_date, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (propertyId, start, end) in blocks)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(Guid.CreateVersion7(now), NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(propertyId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(start, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(end, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        progress.WriteLine($"==> seed: {blocks.Count} host blocks");
        return written;
    }

    /// <summary>
    /// The timestamps and refund the aggregate would have written for a booking that reached <paramref name="status"/>:
    /// a pending request expires 24 h after it was made; an expired one did so in the past; a declined one was answered;
    /// a cancelled one says when (before the stay, or now at the latest), by whom (the guest) and what was refunded.
    /// </summary>
    private static BookingLifecycle Lifecycle(string status, DateTimeOffset created, DateOnly checkIn, decimal total, string currency, Guid guestId, DateTimeOffset now, Random random)
    {
        var requestEnd = created + TimeSpan.FromHours(24);
        switch (status)
        {
            case "pending":
                return new BookingLifecycle(created, requestEnd, null, null, null, null);
            case "expired":
                var expired = requestEnd < now ? requestEnd : now;
                return new BookingLifecycle(expired, expired, null, null, null, null);
            case "declined":
                var answered = created + TimeSpan.FromMinutes(random.Next(5, 23 * 60));
                answered = answered < now ? answered : now;
                return new BookingLifecycle(answered, null, answered, null, null, null);
            case "cancelled":
                var stayStart = new DateTimeOffset(checkIn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var latest = stayStart < now ? stayStart : now;
                var cancelled = latest > created ? created + ((latest - created) * random.NextDouble()) : created;
                var refund = Money.Round(total * random.Next(3) / 2m, currency);
                return new BookingLifecycle(cancelled, null, null, cancelled, guestId, refund);
            default:
                return new BookingLifecycle(created, null, null, null, null, null);
        }
    }

    private sealed record BookingLifecycle(
        DateTimeOffset UpdatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RespondedAt, DateTimeOffset? CancelledAt, Guid? CancelledBy, decimal? Refund);

    private static (string City, string Country, string Currency, double Lat, double Lng, decimal Median, int Weight) PickCity(Random random, int totalWeight)
    {
        var pick = random.Next(totalWeight);
        foreach (var city in Cities)
        {
            pick -= city.Weight;
            if (pick < 0)
            {
                return city;
            }
        }

        return Cities[^1];
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    // Whole units (tens from 1,000 up): valid in every currency, whatever its ISO 4217 minor unit.
    private static decimal RoundPrice(decimal price) =>
        Math.Clamp(price >= 1000 ? Math.Round(price / 10) * 10 : Math.Round(price), 1m, PropertyDetails.MaxPrice);

    /// <summary>A one-line console progress bar, redrawn at most every 1% (plain lines when the output is not a terminal).</summary>
    private sealed class ProgressBar(TextWriter output, string label, int total)
    {
        private const int Width = 30;
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
        private readonly bool _interactive = !Console.IsOutputRedirected;
        private int _done;
        private int _lastPercent = -1;

        public void Tick()
        {
            _done++;
            var percent = total == 0 ? 100 : (int)(_done * 100L / total);
            if (percent != _lastPercent && (_interactive || percent % 10 == 0))
            {
                _lastPercent = percent;
                Draw(percent);
            }
        }

        public void Done()
        {
            if (_lastPercent != 100)
            {
                Draw(100);
            }

            if (_interactive)
            {
                output.WriteLine();
            }

            output.Flush();
        }

        private void Draw(int percent)
        {
            var filled = percent * Width / 100;
            var rate = _done / Math.Max(0.001, _stopwatch.Elapsed.TotalSeconds);
            var line = $"==> seed {label,-8} [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {_done,9:N0}/{total:N0} ({rate:N0}/s)";
            if (_interactive)
            {
                output.Write('\r' + line);
            }
            else
            {
                output.WriteLine(line);
            }
        }
    }
}
