namespace AirbnbClone.Infrastructure.Jobs;

/// <summary>Configuration section "Jobs": the worker and the queue (README, "Configuration").</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run a worker inside the API process. The <c>worker</c> verb runs one regardless.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jobs one worker runs at the same time.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Most jobs one claim takes (never more than the free slots of <see cref="Concurrency"/>).</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How long a claim is valid; a worker renews it every third of this while a job runs.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>Fallback polling when no notification arrives (scheduled jobs, a lost LISTEN connection).</summary>
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>Attempts of a job enqueued without its own count.</summary>
    public int MaxAttempts { get; set; } = 5;

    public double BackoffBaseSeconds { get; set; } = 10;

    public double BackoffMaxSeconds { get; set; } = 3600;

    /// <summary>Succeeded jobs are kept this long, then deleted; 0 deletes them as they succeed. Dead jobs are kept.</summary>
    public int RetentionHours { get; set; } = 24;

    /// <summary>On shutdown, how long running jobs may take to finish before they are cancelled and released.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 10;

    /// <summary>Shown in <c>locked_by</c>; default host:pid:random.</summary>
    public string? WorkerName { get; set; }

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(PollIntervalMs);

    public bool IsValid() =>
        Concurrency >= 1 && BatchSize >= 1 && LeaseSeconds >= 1 && PollIntervalMs >= 10 && MaxAttempts >= 1 &&
        BackoffBaseSeconds >= 0 && BackoffMaxSeconds >= BackoffBaseSeconds && RetentionHours >= 0 && ShutdownTimeoutSeconds >= 0;
}
