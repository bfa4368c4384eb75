namespace AirbnbClone.WebApi.Http;

/// <summary>
/// CORS for browser front ends: origins from <c>Cors:AllowedOrigins</c> (none by default; Development allows the
/// usual dev-server ports). Any method and request header (bearer tokens travel in <c>Authorization</c>); no
/// credentials (cookies are not used); preflights answered by the middleware before auth and rate limits.
/// </summary>
internal static class CorsSetup
{
    public const string AllowedOriginsKey = "Cors:AllowedOrigins";

    /// <summary>How long a browser may reuse a preflight's answer.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Response headers a browser script may read (others are hidden from cross-origin callers).</summary>
    private static readonly string[] ExposedHeaders =
    [
        "ETag", "Location", "Retry-After", ResponseConventions.RateLimitHeader, ResponseConventions.RateLimitPolicyHeader,
        ResponseConventions.TraceResponseHeader,
    ];

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(AllowedOriginsKey).Get<string[]>() ?? [];
        return services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyMethod()
            .AllowAnyHeader()
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(PreflightMaxAge)));
    }
}
