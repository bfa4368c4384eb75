using AirbnbClone.Bench.Jobs;

// bench/jobs: the job queue's drain rate and latency, honestly: every run starts from a fresh database (created
// and migrated like a new deployment), the burst runs --runs times in a row, then once more in the last run's
// database after its burst was drained and deleted (with the statistics autovacuum would leave behind), then a
// steady phase. Every job is counted: run twice or lost. Usage: see run.sh.
var options = BenchOptions.Parse(args);
var ledger = new Ledger();
var runs = new List<BurstResult>();
SteadyResult? steady = null;
for (var run = 1; run <= options.Runs; run++)
{
    Console.WriteLine($"== run {run} of {options.Runs}: fresh database, {options.Workers} worker(s), load average {Load()}");
    var database = await BenchDatabase.CreateAsync(options.Server, $"airbnbclone_jobs_bench_{run}", ledger);
    await using (database)
    {
        runs.Add(await new BurstRun(options, database, ledger).RunAsync(run.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (run < options.Runs)
        {
            continue;
        }

        // A quiet period after the burst: autovacuum analyzes the drained table (every job 'succeeded'),
        // retention deletes the jobs, autovacuum vacuums. Then the next burst arrives.
        Console.WriteLine($"== after the burst of run {run} was drained and deleted, load average {Load()}");
        await database.ExecuteAsync("ANALYZE jobs");
        await database.ExecuteAsync("DELETE FROM jobs");
        await database.ExecuteAsync("VACUUM jobs");
        runs.Add(await new BurstRun(options, database, ledger).RunAsync($"{run + 1} (after a drained and deleted burst)"));

        Console.WriteLine($"== steady phase, load average {Load()}");
        steady = await new SteadyPhase(options, database, ledger).RunAsync();
    }
}

var report = Report.Write(options, runs, steady!);
Console.WriteLine();
Console.WriteLine(report);
if (options.Output.Length > 0)
{
    await File.WriteAllTextAsync(options.Output, report);
}

return runs.All(r => r.RunTwice == 0 && r.Lost == 0 && r.NotOnceInTable == 0) && steady!.RunTwice == 0 && steady.Lost == 0 ? 0 : 1;

static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
