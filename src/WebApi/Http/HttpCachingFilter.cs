using System.Security.Cryptography;
using System.Text.Json;
using AirbnbClone.Application.Abstractions.Concurrency;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AirbnbClone.WebApi.Http;

/// <summary>
/// Applies an endpoint's <see cref="HttpCachingPolicy"/> to its successful answer: the strong ETag (the stored
/// version's, see <see cref="IHasEntityTag"/>, or else a hash of the JSON body), 304 for a GET whose
/// <c>If-None-Match</c> names it, and <c>Cache-Control: public, max-age</c> for public reads.
/// </summary>
internal sealed class HttpCachingFilter(HttpCachingPolicy policy) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result as IResult;
        if (inner is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK or StatusCodes.Status201Created }
            || inner is not IValueHttpResult { Value: { } value })
        {
            return result;
        }

        var http = context.HttpContext;
        if (policy.PublicCacheControl is { } cacheControl && (policy.IsPublic is null || policy.IsPublic(value)))
        {
            http.Response.Headers.CacheControl = cacheControl;
        }

        if (!policy.EntityTag || (value is IHasEntityTag tagged ? tagged.EntityTag : ContentTag(value, http)) is not { } tag)
        {
            return result;
        }

        http.Response.Headers.ETag = tag;
        return HttpMethods.IsGet(http.Request.Method) && NoneMatchNames(http.Request.Headers.IfNoneMatch, tag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : result;
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): <c>*</c> or any listed tag with the same opaque value.</summary>
    private static bool NoneMatchNames(Microsoft.Extensions.Primitives.StringValues header, string tag)
    {
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    /// <summary>A representation without a stored version (a profile): the tag is a hash of the exact JSON it answers.</summary>
    private static string ContentTag(object value, HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options));
        return $"\"h{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"";
    }
}
