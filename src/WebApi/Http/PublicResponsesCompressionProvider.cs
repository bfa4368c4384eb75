using Microsoft.AspNetCore.ResponseCompression;

namespace AirbnbClone.WebApi.Http;

/// <summary>
/// Compresses only answers that declared themselves public (<c>Cache-Control: public</c>, set by
/// <see cref="HttpCachingFilter"/> on public reads): a private answer (tokens, profiles, bookings) is never compressed,
/// so no secret shares a compression window with text an attacker can reflect into it (BREACH).
/// </summary>
internal sealed class PublicResponsesCompressionProvider(IResponseCompressionProvider inner) : IResponseCompressionProvider
{
    public ICompressionProvider? GetCompressionProvider(HttpContext context) => inner.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context) =>
        IsPublic(context.Response.Headers.CacheControl) && inner.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);

    private static bool IsPublic(Microsoft.Extensions.Primitives.StringValues cacheControl) =>
        cacheControl.Count == 1 && cacheControl[0]!.StartsWith("public", StringComparison.Ordinal);
}
