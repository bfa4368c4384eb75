using AirbnbClone.Application.Abstractions.Concurrency;
using Microsoft.Net.Http.Headers;

namespace AirbnbClone.WebApi.Http;

/// <summary>The request's <c>If-Match</c> (RFC 9110 13.1.1): strong comparison, <c>*</c> matches any current version.</summary>
internal sealed class RequestPreconditions(IHttpContextAccessor accessor) : IRequestPreconditions
{
    public bool IfMatchFails(string? currentEntityTag)
    {
        var header = accessor.HttpContext?.Request.Headers.IfMatch ?? default;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            return false;
        }

        // A header that is not a list of entity tags names no version of ours.
        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return true;
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return false;
        }

        return currentEntityTag is null
            || !tags.Any(t => t.Compare(EntityTagHeaderValue.Parse(currentEntityTag), useStrongComparison: true));
    }
}
