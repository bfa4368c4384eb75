using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;
using AirbnbClone.IntegrationTests.Properties;

namespace AirbnbClone.IntegrationTests.Bookings;

/// <summary>
/// The statements one booking request sends to PostgreSQL, as Npgsql reports them (one activity per command; BEGIN and
/// COMMIT are protocol messages, not commands). Creating bookings is the hot write path (docs/PERFORMANCE.md,
/// "Bookings"): a statement added here costs every booking a round trip inside the listing's row lock.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class BookingRoundTripTests(ApiFactory factory)
{
    [Fact]
    public async Task Create_Should_SendFiveStatements_When_AnInstantBookingIsAccepted()
    {
        var (_, _, propertyId) = await factory.ListingAsync(instantBook: true);
        var (_, guest) = await factory.GuestAsync();

        var statements = await StatementsOfAsync(guest, propertyId, 30, 33, HttpStatusCode.Created);

        ShouldBe(statements,
        [
            "SELECT 1 FROM properties WHERE id = @Id FOR UPDATE", // the listing's row lock
            "SELECT p1.id", // the listing with its blocks
            "SELECT EXISTS", // the overlap probe
            "INSERT INTO bookings",
            "INSERT INTO jobs", // the deadline job and the e-mail (whose job looks the people up), one statement
        ]);
    }

    [Fact]
    public async Task Create_Should_SendSevenStatements_When_ARequestToBookIsAccepted()
    {
        var (_, _, propertyId) = await factory.ListingAsync(instantBook: false);
        var (_, guest) = await factory.GuestAsync();

        var statements = await StatementsOfAsync(guest, propertyId, 30, 33, HttpStatusCode.Created);

        ShouldBe(statements,
        [
            "SELECT 1 FROM properties WHERE id = @Id FOR UPDATE",
            "SELECT p1.id",
            // The guest's request lock, then the count of their pending requests (a statement of its own: under READ
            // COMMITTED only a statement started after the lock sees requests committed while it waited).
            "SELECT pg_advisory_xact_lock",
            "SELECT count(*)::int FROM bookings",
            "SELECT EXISTS",
            "INSERT INTO bookings",
            "INSERT INTO jobs",
        ]);
    }

    [Fact]
    public async Task Create_Should_StopAfterTheOverlapProbe_When_TheNightsAreTaken()
    {
        var (_, _, propertyId) = await factory.ListingAsync();
        var (_, first) = await factory.GuestAsync();
        var (_, second) = await factory.GuestAsync();
        await first.BookOkAsync(propertyId, 40, 43);

        var statements = await StatementsOfAsync(second, propertyId, 41, 42, HttpStatusCode.Conflict);

        ShouldBe(statements, ["SELECT 1 FROM properties WHERE id = @Id FOR UPDATE", "SELECT p1.id", "SELECT EXISTS"]);
    }

    /// <summary>The first words of each statement the request ran, in order (the request carries its own trace id).</summary>
    private static async Task<string[]> StatementsOfAsync(HttpClient guest, Guid propertyId, int from, int to, HttpStatusCode expected)
    {
        var traceId = ActivityTraceId.CreateRandom();
        var commands = new ConcurrentQueue<(DateTime Start, string Sql)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var sql = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName;
                // The workers' wake-up NOTIFY runs after COMMIT, on its own connection, off the response path.
                if (activity.Source.Name == "Npgsql" && activity.TraceId == traceId && !sql.Contains("pg_notify", StringComparison.Ordinal))
                {
                    commands.Enqueue((activity.StartTimeUtc, Flat(sql)));
                }
            },
        };
        // A session's first authenticated request reads it from PostgreSQL (then from Redis): done here, before listening.
        using (var warm = await guest.GetAsync("/api/v1/users/me"))
        {
            await warm.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        ActivitySource.AddActivityListener(listener);

        using var request = new HttpRequestMessage(HttpMethod.Post, BookingTestKit.BookingsApi)
        {
            Content = System.Net.Http.Json.JsonContent.Create(BookingTestKit.Stay(propertyId, from, to)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await guest.SendAsync(request);
        await response.ShouldHaveStatusAsync(expected);

        return [.. commands.OrderBy(c => c.Start).Select(c => c.Sql)];
    }

    private static void ShouldBe(string[] statements, string[] prefixes)
    {
        var all = string.Join("\n", statements.Select(s => s.Length > 100 ? s[..100] : s));
        statements.Length.ShouldBe(prefixes.Length, all);
        for (var i = 0; i < prefixes.Length; i++)
        {
            statements[i].ShouldStartWith(prefixes[i], Case.Sensitive, all);
        }
    }

    private static string Flat(string sql) => string.Join(' ', sql.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
