using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>The queue inside the API: the welcome e-mail, /health/ready figures, and the admin endpoints.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class JobsApiTests(ApiFactory factory)
{
    [Fact]
    public async Task Register_Should_LeadToOneWelcomeEmail_When_TheAccountIsCreated()
    {
        var user = await factory.RegisterAsync();

        await JobQueueTransactionTests.WaitUntilAsync(() => CountEmails(user.Email) > 0, TimeSpan.FromSeconds(15));
        await Task.Delay(300);

        CountEmails(user.Email).ShouldBe(1);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT subject, body, transport FROM emails WHERE to_address = @to", connection);
        command.Parameters.AddWithValue("to", user.Email);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        reader.GetString(0).ShouldBe("Welcome to AirbnbClone");
        reader.GetString(1).ShouldContain("Hello Test,");
        reader.GetString(1).ShouldContain(user.Email);
        reader.GetString(2).ShouldBe("log");
        await reader.DisposeAsync();
        await using var job = new NpgsqlCommand("SELECT state FROM jobs WHERE dedup_key = @key", connection);
        job.Parameters.AddWithValue("key", $"welcome:{user.Id}");
        (await job.ExecuteScalarAsync()).ShouldBe("succeeded");
    }

    [Fact]
    public async Task Register_Should_EnqueueNoWelcome_When_TheRegistrationIsRefused()
    {
        var user = await factory.RegisterAsync();
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/users", new
        {
            email = user.Email.ToUpperInvariant(),
            password = "another-long-password",
            firstName = "Again",
            lastName = "User",
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "User.EmailTaken");
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM jobs WHERE payload->>'to' = @to", connection);
        command.Parameters.AddWithValue("to", user.Email);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(1);
    }

    [Fact]
    public async Task GetHealthReady_Should_ReportQueueFigures_When_Requested()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var jobs = body.RootElement.GetProperty("checks").GetProperty("jobs");
        jobs.GetProperty("status").GetString().ShouldBe("Healthy");
        var data = jobs.GetProperty("data");
        data.GetProperty("depth").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
        data.GetProperty("oldestPendingAgeSeconds").GetDouble().ShouldBeGreaterThanOrEqualTo(0);
        data.GetProperty("dead").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task AdminJobs_Should_ListADeadJobAndRetryIt_When_CalledByAnAdmin()
    {
        var id = await InsertDeadJobAsync();
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var client = factory.CreateClient(admin.AccessToken);

        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            using var page = await client.GetAsync($"/api/v1/admin/jobs?state=dead&limit=100{(cursor is null ? "" : "&cursor=" + cursor)}");
            await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
            using var document = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
            items.AddRange(document.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()));
            cursor = document.RootElement.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        items.ShouldAllBe(j => j.GetProperty("state").GetString() == "dead");
        var dead = items.Single(j => j.GetProperty("id").GetGuid() == id);
        dead.GetProperty("lastError").GetString().ShouldBe("boom: the test said so");
        dead.GetProperty("payload").GetProperty("answer").GetInt32().ShouldBe(42);

        using var retry = await client.PostAsync($"/api/v1/admin/jobs/{id}/retry", null);
        await retry.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var retried = await retry.Content.ReadFromJsonAsync<JsonElement>();
        retried.GetProperty("state").GetString().ShouldBe("pending");
        retried.GetProperty("attempts").GetInt32().ShouldBe(0);

        using var again = await client.PostAsync($"/api/v1/admin/jobs/{id}/retry", null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Job.NotDead");
        using var unknown = await client.PostAsync($"/api/v1/admin/jobs/{Guid.NewGuid()}/retry", null);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Job.NotFound");
    }

    [Fact]
    public async Task AdminJobs_Should_Return400_When_TheStateIsUnknown()
    {
        var admin = await factory.LoginAsync(ApiFactory.AdminEmail, ApiFactory.AdminPassword);
        using var client = factory.CreateClient(admin.AccessToken);

        using var response = await client.GetAsync("/api/v1/admin/jobs?state=exploded");

        await response.ShouldBeValidationProblemAsync("state");
    }

    [Fact]
    public async Task AdminJobs_Should_Refuse_When_TheCallerIsNotAnAdmin()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var guest = factory.CreateClient(tokens.AccessToken);
        using var anonymous = factory.CreateClient();

        using var list = await guest.GetAsync("/api/v1/admin/jobs?state=dead");
        using var retry = await guest.PostAsync($"/api/v1/admin/jobs/{Guid.NewGuid()}/retry", null);
        using var noToken = await anonymous.GetAsync("/api/v1/admin/jobs");

        await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await retry.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await noToken.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GetSwaggerJson_Should_DescribeTheAdminJobsEndpoints_When_Requested()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/swagger/v1/swagger.json");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/admin/jobs").GetProperty("get");
        list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["state", "limit", "cursor"], ignoreOrder: true);
        list.TryGetProperty("security", out _).ShouldBeTrue();
        var retry = paths.GetProperty("/api/v1/admin/jobs/{id}/retry").GetProperty("post");
        retry.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        retry.GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
    }

    private async Task<Guid> InsertDeadJobAsync()
    {
        var id = Guid.CreateVersion7();
        await using var connection = await OpenAsync();
        // A type no handler knows, with attempts to spare after the retry: it stays queued, not dead, for a while.
        await using var command = new NpgsqlCommand("""
            INSERT INTO jobs (id, type, payload, state, attempts, max_attempts, run_at, last_error, created_at, updated_at, completed_at)
            VALUES (@id, 'test.unknown', '{"answer": 42}', 'dead', 5, 5, now(), 'boom: the test said so', now(), now(), now())
            """, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private int CountEmails(string email)
    {
        using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM emails WHERE to_address = @to", connection);
        command.Parameters.AddWithValue("to", email);
        return (int)(long)command.ExecuteScalar()!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
