using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AirbnbClone.Application.Abstractions.Concurrency;

/// <summary>
/// How a versioned representation's strong ETag is written, once for reads (the GET's header) and writes (the
/// If-Match check and the write's own header), so a write answers the tag a following read will send.
/// </summary>
public static class EntityTags
{
    /// <summary>
    /// <c>"&lt;row version&gt;"</c>, or <c>"&lt;row version&gt;-&lt;hash of extra&gt;"</c> when the representation also shows
    /// data from another row (a listing shows its host's first name). Null for an unknown version (0): no tag is sent.
    /// </summary>
    public static string? Of(uint version, string? extra = null)
    {
        if (version == 0)
        {
            return null;
        }

        if (extra is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"\"{version:x}\"");
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(extra), hash);
        return string.Create(CultureInfo.InvariantCulture, $"\"{version:x}-{Convert.ToHexStringLower(hash[..4])}\"");
    }
}
