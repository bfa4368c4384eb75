using System.Buffers.Text;
using System.Text;

namespace AirbnbClone.Application.Abstractions.Pagination;

/// <summary>Opaque keyset cursors: a base64url wrapper clients must not interpret.</summary>
public static class Cursor
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static string Encode(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    public static bool TryDecode(string? cursor, out string position)
    {
        position = string.Empty;
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        try
        {
            position = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool TryDecodeGuid(string? cursor, out Guid after)
    {
        after = Guid.Empty;
        return TryDecode(cursor, out var position) && Guid.TryParse(position, out after);
    }

    /// <summary>Cuts the one extra row a keyset query fetches to learn whether another page exists.</summary>
    public static PagedResponse<T> Page<T>(IReadOnlyList<T> rowsPlusOne, int limit, Func<T, string> positionOf)
    {
        if (rowsPlusOne.Count <= limit)
        {
            return new PagedResponse<T>(rowsPlusOne, null);
        }

        var items = rowsPlusOne.Take(limit).ToList();
        return new PagedResponse<T>(items, Encode(positionOf(items[^1])));
    }
}
