using System.Globalization;
using AirbnbClone.Application.Abstractions.Pagination;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>Where a page ends under one sort: the sort key of its last row and that row's id (the tie-breaker).</summary>
public sealed record SearchPosition(SearchSort Sort, decimal Number, long Ticks, Guid Id)
{
    public string Encode() => Cursor.Encode(string.Create(CultureInfo.InvariantCulture,
        $"{SearchSortNames.Name(Sort)}~{(Sort == SearchSort.Newest ? Ticks.ToString(CultureInfo.InvariantCulture) : Number.ToString(CultureInfo.InvariantCulture))}~{Id:N}"));

    public static SearchPosition? Decode(string? cursor)
    {
        if (!Cursor.TryDecode(cursor, out var text))
        {
            return null;
        }

        var parts = text.Split('~');
        if (parts.Length != 3 || !SearchSortNames.TryParse(parts[0], out var sort) || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return null;
        }

        if (sort == SearchSort.Newest)
        {
            return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new SearchPosition(sort, 0, ticks, id)
                : null;
        }

        return decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new SearchPosition(sort, number, 0, id)
            : null;
    }
}
