namespace AirbnbClone.WebApi.Infrastructure;

/// <summary>Configuration section "RateLimiting": requests per minute per client address (auth, registration) or per user (writes, reads).</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public int AuthPerMinute { get; set; } = 100;

    public int RegistrationsPerMinute { get; set; } = 60;

    public int WritesPerMinute { get; set; } = 600;

    /// <summary>Every other operation (reads), per user or client address, per node; 0 turns the reads limit off.</summary>
    public int ReadsPerMinute { get; set; } = 1200;
}
