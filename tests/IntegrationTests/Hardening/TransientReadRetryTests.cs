using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;
using Npgsql;

namespace AirbnbClone.IntegrationTests.Hardening;

/// <summary>
/// Issue 10, defect 5: a read that meets a transient database failure is retried once instead of answering 503.
/// The failure is real: every server process of the API's database is terminated (57P01, as in a PostgreSQL restart),
/// so the API's pooled connections are dead when the next read uses one.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class TransientReadRetryTests(ApiFactory factory)
{
    [Fact]
    public async Task Read_Should_Answer200_When_ThePooledConnectionsWereTerminatedBeforeIt()
    {
        var (_, tokens) = await factory.RegisterAndLoginAsync();
        using var client = factory.CreateClient(tokens.AccessToken);
        using (var warm = await client.GetAsync("/api/v1/bookings"))
        {
            await warm.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        (await TerminateApiConnectionsAsync()).ShouldBeGreaterThan(0);

        using var read = await client.GetAsync("/api/v1/bookings");

        await read.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private async Task<long> TerminateApiConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM (
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()) AS terminated
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
