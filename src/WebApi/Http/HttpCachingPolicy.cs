namespace AirbnbClone.WebApi.Http;

/// <summary>
/// How an endpoint's successful answers may be cached and revalidated (endpoint metadata, read by
/// <see cref="HttpCachingFilter"/> and the OpenAPI filter). Without one, an API answer is <c>Cache-Control: no-store</c>.
/// </summary>
/// <param name="EntityTag">Answer a strong ETag; on GET, a matching <c>If-None-Match</c> gets 304 without a body.</param>
/// <param name="IfMatch">The command checks <c>If-Match</c> (412 when it names another version).</param>
/// <param name="PublicMaxAge">Shared caches may keep a 200 this long (<c>public, max-age</c>); null: <c>no-store</c>.</param>
/// <param name="IsPublic">For answers that are public only sometimes (a listing's host sees it unlisted): which are.</param>
internal sealed record HttpCachingPolicy(bool EntityTag, bool IfMatch, TimeSpan? PublicMaxAge, Func<object, bool>? IsPublic = null)
{
    public string? PublicCacheControl { get; } = PublicMaxAge is { } age
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"public, max-age={(int)age.TotalSeconds}")
        : null;
}
