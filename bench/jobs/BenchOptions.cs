using System.Globalization;

namespace AirbnbClone.Bench.Jobs;

/// <summary>The command line of bench/jobs (see run.sh for the meaning of each option).</summary>
internal sealed record BenchOptions(
    string Server, int Jobs, int Runs, int Workers, int Concurrency, int Batch, int SteadyRate, int SteadySeconds,
    int SteadyProducers, int Enqueuers, string Output)
{
    public static BenchOptions Parse(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Database")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Database to a PostgreSQL server (bench/jobs/run.sh does).");
        var options = new BenchOptions(
            server,
            Int(args, "--jobs", 100_000),
            Int(args, "--runs", 5),
            Int(args, "--workers", 2),
            Int(args, "--concurrency", 64),
            Int(args, "--batch", 64),
            Int(args, "--rate", 1000),
            Int(args, "--seconds", 15),
            Int(args, "--producers", 32),
            Int(args, "--enqueuers", 4),
            Text(args, "--out", string.Empty));
        if (options.Runs < 1 || options.Workers < 1 || options.Jobs < 1 || options.SteadyProducers < 1 || options.Enqueuers < 1)
        {
            throw new ArgumentException("--runs, --workers, --jobs, --producers and --enqueuers must be at least 1.");
        }

        return options;
    }

    private static int Int(string[] args, string name, int fallback) =>
        int.Parse(Text(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string Text(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
