namespace AirbnbClone.WebApi.Infrastructure;

public static class RateLimitPolicies
{
    public const string Auth = "auth";
    public const string Registration = "registration";
    public const string Writes = "writes";

    /// <summary>Every operation without a policy of its own (see Pipeline): generous, counted per node.</summary>
    public const string Reads = "reads";
}
