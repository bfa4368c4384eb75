namespace AirbnbClone.WebApi.Http;

internal static class HttpCachingEndpointExtensions
{
    /// <summary>Caching and conditional requests of this endpoint (see <see cref="HttpCachingPolicies"/>).</summary>
    public static RouteHandlerBuilder WithHttpCaching(this RouteHandlerBuilder builder, HttpCachingPolicy policy) =>
        builder.WithMetadata(policy).AddEndpointFilter(new HttpCachingFilter(policy));
}
