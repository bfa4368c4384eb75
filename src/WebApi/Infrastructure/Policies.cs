namespace AirbnbClone.WebApi.Infrastructure;

public static class AuthorizationPolicies
{
    public const string Admin = "admin";
}

public static class RateLimitPolicies
{
    public const string Auth = "auth";
    public const string Registration = "registration";
    public const string Writes = "writes";
}

/// <summary>Configuration section "RateLimiting": requests per minute per client address (auth, registration) or per user (writes).</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public int AuthPerMinute { get; set; } = 100;

    public int RegistrationsPerMinute { get; set; } = 60;

    public int WritesPerMinute { get; set; } = 600;
}
