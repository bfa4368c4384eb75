namespace AirbnbClone.WebApi.Infrastructure;

public static class RateLimitPolicies
{
    public const string Auth = "auth";
    public const string Registration = "registration";
    public const string Writes = "writes";
}
