using Npgsql;

namespace AirbnbClone.IntegrationTests.Jobs;

/// <summary>
/// The claim does not depend on what PostgreSQL last analyzed (0005_jobs_steady_claim.sql, docs/adr/0008): its plan is
/// pinned to the ordered walk of the pending index, and autovacuum visits the jobs table by row counts.
/// </summary>
public sealed class ClaimPlanTests : IAsyncLifetime
{
    private const int Backlog = 50_000;

    private JobsHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await JobsHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task JobsTable_Should_BeVacuumedAndAnalyzedByRowCounts_When_Migrated()
    {
        var options = await _harness.ScalarAsync<string[]>("SELECT reloptions FROM pg_class WHERE oid = 'jobs'::regclass");

        options.ShouldBe(
            [
                "autovacuum_vacuum_scale_factor=0",
                "autovacuum_vacuum_threshold=5000",
                "autovacuum_analyze_scale_factor=0",
                "autovacuum_analyze_threshold=5000",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public async Task ClaimJobs_Should_RunWithOnlyIndexScansAndNestedLoops_When_Migrated()
    {
        var settings = await _harness.ScalarAsync<string[]>("SELECT proconfig FROM pg_proc WHERE proname = 'claim_jobs'");

        settings.ShouldBe(
            ["enable_seqscan=off", "enable_bitmapscan=off", "enable_sort=off", "enable_hashjoin=off", "enable_mergejoin=off"],
            ignoreOrder: true);
    }

    [Fact]
    public async Task Claim_Should_WalkThePendingIndexWithoutSorting_When_JobsWasNeverAnalyzed()
    {
        // The state of a fresh deployment or a restored database before autovacuum's first visit.
        await _harness.ScalarAsync<int>("ALTER TABLE jobs SET (autovacuum_enabled = false); SELECT 1");
        await InsertBacklogAsync();
        (await _harness.ScalarAsync<float>("SELECT reltuples FROM pg_class WHERE oid = 'jobs'::regclass")).ShouldBe(-1f);

        await using var connection = await OpenWithPlansAsNoticesAsync();
        var plans = new List<string>();
        connection.Notice += (_, e) => plans.Add(e.Notice.MessageText);

        // Control: the claim statement as it was before 0005, left to the planner, sorts every due job here.
        var unpinned = await ExplainUnpinnedClaimAsync(connection);
        unpinned.ShouldContain("Sort");
        unpinned.ShouldContain("Bitmap Heap Scan");

        await ClaimShouldWalkIndexesOnlyAsync(connection, plans);
    }

    [Fact]
    public async Task Claim_Should_WalkThePendingIndexAndLookUpByKey_When_JobsWasAnalyzedWithItsBacklog()
    {
        // Statistics that make a hash join look cheap to a plan that cannot see the LIMIT (a function's parameter).
        await InsertBacklogAsync();
        await _harness.ScalarAsync<int>("ANALYZE jobs; SELECT 1");

        await using var connection = await OpenWithPlansAsNoticesAsync();
        var plans = new List<string>();
        connection.Notice += (_, e) => plans.Add(e.Notice.MessageText);

        await ClaimShouldWalkIndexesOnlyAsync(connection, plans);
    }

    private async Task ClaimShouldWalkIndexesOnlyAsync(NpgsqlConnection connection, List<string> plans)
    {
        var claimed = await ClaimAsync(connection, 64);

        claimed.ShouldBe(64);
        var plan = plans.Single(p => p.Contains("UPDATE jobs", StringComparison.Ordinal));
        plan.ShouldContain("Nested Loop");
        plan.ShouldContain("Index Scan using ix_jobs_pending_run_at");
        plan.ShouldContain("Index Scan using jobs_pkey");
        plan.ShouldNotContain("Sort");
        plan.ShouldNotContain("Bitmap");
        plan.ShouldNotContain("Hash");
        (await _harness.ScalarAsync<long>("SELECT count(*) FROM jobs WHERE state = 'running'")).ShouldBe(64);
    }

    // A burst that arrived over the last minute, one job every millisecond or so (written directly: 50,000 enqueues
    // through IJobQueue would only make the test slow). Ids ascend with the insertion order as the queue's
    // version-7 ids do, so the primary key is as correlated with the heap as in production.
    private async Task InsertBacklogAsync()
    {
        var now = _harness.Clock.GetUtcNow();
        await _harness.ScalarAsync<int>(
            """
            INSERT INTO jobs (id, type, payload, state, attempts, max_attempts, run_at, created_at, updated_at)
            SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'test.counting', jsonb_build_object('number', n), 'pending', 0, 5,
                   @now - (@backlog - n) * interval '1 millisecond', @now, @now
            FROM generate_series(1, @backlog) AS n;
            SELECT 1
            """,
            ("now", now),
            ("backlog", Backlog));
    }

    // auto_explain reports the plan of the statement inside claim_jobs to this client as a NOTICE.
    private async Task<NpgsqlConnection> OpenWithPlansAsNoticesAsync()
    {
        var connection = new NpgsqlConnection(_harness.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            LOAD 'auto_explain';
            SET auto_explain.log_min_duration = 0;
            SET auto_explain.log_nested_statements = on;
            SET auto_explain.log_level = notice;
            SET client_min_messages = notice;
            """, connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<string> ExplainUnpinnedClaimAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            EXPLAIN SELECT id FROM jobs WHERE state = 'pending' AND run_at <= @now ORDER BY run_at LIMIT 64 FOR UPDATE SKIP LOCKED
            """, connection);
        command.Parameters.AddWithValue("now", _harness.Clock.GetUtcNow());
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }

    private async Task<int> ClaimAsync(NpgsqlConnection connection, int take)
    {
        var now = _harness.Clock.GetUtcNow();
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM claim_jobs('plan-test', @take, @now, @lease_until)", connection);
        command.Parameters.AddWithValue("take", take);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("lease_until", now.AddMinutes(1));
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
