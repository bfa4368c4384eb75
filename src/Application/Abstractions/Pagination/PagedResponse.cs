using System.Text;

namespace AirbnbClone.Application.Abstractions.Pagination;

/// <summary>A page of a list: the items and an opaque cursor for the next page (null on the last).</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
