using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Bookings;
using AirbnbClone.IntegrationTests.Infrastructure;
using AirbnbClone.IntegrationTests.Properties;
using Xunit.Abstractions;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// Issue 10, deliverable 5 (ADR 0014): requests generated from the served OpenAPI document, every operation in turn,
/// against a real app (its own database and Redis). No response may be a 5xx (nor an exception out of the app).
/// Undocumented statuses and body mismatches are counted and printed, not asserted (the contract tests assert those).
/// Fixed seed; bounded in count and time; writes no file.
/// </summary>
[Collection(ContractTestGroup.Name)]
public sealed class OpenApiFuzzTests(ContractApiFactory factory, ITestOutputHelper output)
{
    public const int Seed = 20261210;
    public const int Requests = 10_000;
    public const int Concurrency = 4;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task GeneratedRequests_Should_NeverGetA5xx_Nor_AnUndocumentedAnswer_When_EveryOperationIsFuzzedFromTheDocument()
    {
        var setup = Stopwatch.StartNew();
        var contract = await factory.ContractAsync() ?? throw new InvalidOperationException("The app serves no OpenAPI document.");
        var pool = await PoolAsync();
        var generator = new FuzzRequestGenerator(contract, pool, Seed);
        var operations = contract.Operations;
        var requests = Enumerable.Range(0, Requests).Select(i => generator.Next(operations[i % operations.Count])).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OpenAPI fuzz: app, fixtures and {requests.Count} requests ready in {setup.Elapsed.TotalSeconds:F1} s"));

        using var client = factory.CreateDefaultClient(); // unchecked: the fuzz records contract differences itself
        client.Timeout = TimeSpan.FromSeconds(30);
        var results = new ConcurrentBag<(FuzzRequest Request, int Status, string? Failure, IReadOnlyList<ContractViolation> Violations)>();
        using var deadline = new CancellationTokenSource(TimeLimit);
        var clock = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = deadline.Token }, async (request, cancellationToken) =>
            {
                using var message = request.ToMessage();
                try
                {
                    using var response = await client.SendAsync(message, cancellationToken);
                    var violations = await ContractValidationHandler.CheckAsync(contract, response, cancellationToken);
                    var failure = (int)response.StatusCode >= 500 ? Excerpt(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
                    results.Add((request, (int)response.StatusCode, failure, violations));
                }
                catch (Exception e) when (!deadline.IsCancellationRequested)
                {
                    // TestServer hands an exception that escaped the app to the caller: the same defect as a 500 (a
                    // timeout too).
                    results.Add((request, 0, $"{e.GetType().Name}: {Excerpt(e.Message)}", []));
                }
            });
        }
        catch (OperationCanceledException)
        {
            // Reported below: fewer requests than required were sent within the time limit.
        }

        clock.Stop();
        output.WriteLine(Report(results.ToList(), operations, clock.Elapsed));

        var failures = results.Where(r => r.Status >= 500 || r.Status == 0).ToList();
        failures.Count.ShouldBe(0, string.Create(CultureInfo.InvariantCulture,
            $"{failures.Count} of {results.Count} fuzzed requests (seed {Seed}) got a 5xx or an exception:{Environment.NewLine}")
            + string.Join(Environment.NewLine, failures.GroupBy(f => $"{f.Request.Operation} -> {Class(f.Status)}")
                .Select(g => $"  {g.Key} x{g.Count()}, e.g. {g.First().Request.Describe()} => {g.First().Failure}")));
        // Every answer, hostile request or not, must also be one the document describes (status, media type, body).
        var violations = results.SelectMany(r => r.Violations).ToList();
        violations.Count.ShouldBe(0, $"{violations.Count} fuzzed answers break the served document:{Environment.NewLine}"
            + string.Join(Environment.NewLine, violations.GroupBy(v => $"{v.Operation} -> {v.Status}: '{v.Keyword}' at {NormalizePointer(v.InstanceLocation)}")
                .Take(20).Select(g => $"  {g.Key} x{g.Count()}: {g.First().Message}")));
        results.Count.ShouldBe(Requests, $"only {results.Count} of {Requests} requests were sent within {TimeLimit.TotalSeconds} s");
        results.Count(r => r.Status == 429).ShouldBeLessThan(Requests / 20, "the fuzz was throttled: most answers would be 429s");
        results.Count(r => r.Status is >= 200 and < 300).ShouldBeGreaterThan(Requests / 50, "almost nothing got past validation: the fuzz only scratches the surface");
    }

    private static string Report(List<(FuzzRequest Request, int Status, string? Failure, IReadOnlyList<ContractViolation> Violations)> results,
        IReadOnlyList<ContractOperation> operations, TimeSpan elapsed)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"OpenAPI fuzz: seed {Seed}, {results.Count} requests in {elapsed.TotalSeconds:F1} s, {operations.Count} operations, concurrency {Concurrency}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  by class: {string.Join(", ", results.GroupBy(r => Class(r.Status)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}");
        report.AppendLine(CultureInfo.InvariantCulture, $"  well-formed {results.Count(r => !r.Request.Hostile)}, hostile {results.Count(r => r.Request.Hostile)}; 429s {results.Count(r => r.Status == 429)}");
        report.AppendLine("  per operation (status: count):");
        foreach (var operation in operations)
        {
            var mine = results.Where(r => r.Request.Operation == operation).ToList();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"    {operation}: {mine.Count} [{string.Join(", ", mine.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"))}]");
        }

        var undocumented = results.SelectMany(r => r.Violations).Where(v => v.Keyword == "status").GroupBy(v => $"{v.Operation} -> {v.Status}").ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"  undocumented statuses ({undocumented.Sum(g => g.Count())} responses):");
        foreach (var group in undocumented.OrderByDescending(g => g.Count()))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"    {group.Key} x{group.Count()}");
        }

        var bodies = results.SelectMany(r => r.Violations).Where(v => v.Keyword != "status")
            .GroupBy(v => $"{v.Operation} -> {v.Status}: '{v.Keyword}' at {NormalizePointer(v.InstanceLocation)}").ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"  other contract differences ({bodies.Sum(g => g.Count())}):");
        foreach (var group in bodies.OrderByDescending(g => g.Count()))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"    {group.Key} x{group.Count()}: {group.First().Message}");
        }

        return report.ToString();
    }

    /// <summary>Real resources to aim at: a host with two listings (one disposable) and a block, a guest with a booking, the admin, and a spare user.</summary>
    private async Task<FuzzPool> PoolAsync()
    {
        var pool = new FuzzPool();
        var (host, hostTokens) = await factory.RegisterAndLoginAsync("host");
        var (guest, guestTokens) = await factory.RegisterAndLoginAsync("guest");
        var (spare, spareTokens) = await factory.RegisterAndLoginAsync("guest");
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        pool.Tokens["host"] = hostTokens.AccessToken;
        pool.Tokens["guest"] = guestTokens.AccessToken;
        pool.Tokens["admin"] = admin.AccessToken;
        pool.Emails.AddRange([host.Email, guest.Email]);
        pool.RefreshTokens.Add(spareTokens.RefreshToken);
        pool.Add("users", host.Id);
        pool.Add("users", guest.Id);
        pool.Add("users", spare.Id, disposable: true);

        using var hostClient = Unchecked(hostTokens.AccessToken);
        var listing = await CreatedIdAsync(hostClient, PropertyTestKit.Api, PropertyTestKit.Body());
        var requestToBook = PropertyTestKit.Body();
        requestToBook["instantBook"] = false;
        var pending = await CreatedIdAsync(hostClient, PropertyTestKit.Api, requestToBook);
        pool.Add("properties", listing);
        pool.Add("properties", pending);
        pool.Add("properties", await CreatedIdAsync(hostClient, PropertyTestKit.Api, PropertyTestKit.Body()), disposable: true);
        var today = PropertyTestKit.Today;
        pool.Add("blocks", await CreatedIdAsync(hostClient, $"{PropertyTestKit.Api}/{listing}/blocks", new { start = today.AddDays(60), end = today.AddDays(62) }));
        pool.Add("blocks", await CreatedIdAsync(hostClient, $"{PropertyTestKit.Api}/{listing}/blocks", new { start = today.AddDays(70), end = today.AddDays(72) }), disposable: true);

        using var guestClient = Unchecked(guestTokens.AccessToken);
        pool.Add("bookings", await CreatedIdAsync(guestClient, "/api/v1/bookings", BookingTestKit.Stay(listing, 30, 33)));
        pool.Add("bookings", await CreatedIdAsync(guestClient, "/api/v1/bookings", BookingTestKit.Stay(pending, 30, 33)));

        var key = factory.SigningKey;
        var now = DateTime.UtcNow;
        pool.BadAuthorizations["expired"] = "Bearer " + TestTokens.Create(key, guest.Id, notBefore: now.AddHours(-2), expires: now.AddHours(-1));
        pool.BadAuthorizations["wrong-key"] = "Bearer " + TestTokens.Create(new string('k', 48), guest.Id);
        pool.BadAuthorizations["alg-none"] = "Bearer " + TestTokens.WithAlgNone(guestTokens.AccessToken);
        pool.BadAuthorizations["tampered"] = "Bearer " + TestTokens.WithTamperedSignature(hostTokens.AccessToken);
        pool.BadAuthorizations["wrong-audience"] = "Bearer " + TestTokens.Create(key, guest.Id, audience: "someone-else");
        pool.BadAuthorizations["unknown-user"] = "Bearer " + TestTokens.Create(key, Guid.NewGuid());
        pool.BadAuthorizations["sub-not-uuid"] = "Bearer " + TestTokens.CreateForSubject(key, "not-a-uuid");
        pool.BadAuthorizations["garbage"] = "Bearer garbage.garbage.garbage";
        pool.BadAuthorizations["empty-bearer"] = "Bearer ";
        pool.BadAuthorizations["basic"] = "Basic dXNlcjpwYXNz";
        pool.BadAuthorizations["huge"] = "Bearer " + new string('A', 16_000);
        pool.BadAuthorizations["refresh-as-access"] = "Bearer " + spareTokens.RefreshToken;
        return pool;
    }

    private static async Task<Guid> CreatedIdAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Listings and bookings are created around the contract check: this test is about 5xx, the contract tests are about the document.</summary>
    private HttpClient Unchecked(string accessToken)
    {
        var client = factory.CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private static string Class(int status) => status == 0 ? "exception" : $"{status / 100}xx";

    private static string NormalizePointer(string pointer) => System.Text.RegularExpressions.Regex.Replace(pointer, "/[0-9]+(?=/|$)", "/*");

    private static string Excerpt(string text) => text.Length > 400 ? text[..400] + "..." : text;
}
