using System.Globalization;
using System.Text;

namespace AirbnbClone.Bench.Jobs;

/// <summary>The markdown tables run.sh puts under "## Jobs" in docs/PERFORMANCE.md.</summary>
internal static class Report
{
    public static string Write(BenchOptions options, IReadOnlyList<BurstResult> runs, SteadyResult steady)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| run | enqueue (jobs/s) | drain {options.Jobs:N0} (jobs/s) | drain time (s) | slowest second (jobs) | jobs reltuples at drain start | vacuums / analyzes of jobs by drain end | run twice | lost |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Label} | {run.EnqueueRate:N0} | **{run.DrainRate:N0}** | {run.DrainSeconds:0.0} | {run.SlowestSecond:N0} | {run.Before.RelTuples:N0} | {run.After.Vacuums} / {run.After.Analyzes} | {run.RunTwice + run.NotOnceInTable} | {run.Lost} |");
        }

        var best = runs.Max(r => r.DrainRate);
        var worst = runs.Min(r => r.DrainRate);
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Drain over all {runs.Count} runs: **best {best:N0}, worst {worst:N0} jobs/s, worst/best {worst / best:0.00}, spread {(best - worst) / best:P0} of best** (target: worst >= 10,000 and >= 0.70 x best).");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| steady: producers | target (jobs/s) | enqueued (jobs/s) | enqueue-to-start p50 / p99 / max (ms) | of which the enqueue call (commit) p50 / p99 | then to start p50 / p99 | run twice | lost |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {steady.Producers} | {steady.TargetRate:N0} | **{steady.Achieved:N0}** | **{steady.P50:0.0} / {steady.P99:0.0}** / {steady.Max:0.0} | {steady.CommitP50:0.0} / {steady.CommitP99:0.0} | {steady.AfterCommitP50:0.0} / {steady.AfterCommitP99:0.0} | {steady.RunTwice} | {steady.Lost} |");
        return text.ToString();
    }
}
