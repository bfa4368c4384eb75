namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>The query-string spelling of each <see cref="SearchSort"/>: read by the parser, written into cursors and cache keys.</summary>
internal static class SearchSortNames
{
    public static string Name(SearchSort sort) => sort switch
    {
        SearchSort.Price => "price",
        SearchSort.PriceDescending => "-price",
        SearchSort.Newest => "newest",
        _ => "rating",
    };

    public static bool TryParse(string? text, out SearchSort sort)
    {
        switch (text)
        {
            case "price": sort = SearchSort.Price; return true;
            case "-price": sort = SearchSort.PriceDescending; return true;
            case "rating": sort = SearchSort.Rating; return true;
            case "newest": sort = SearchSort.Newest; return true;
            default: sort = SearchSort.Rating; return false;
        }
    }
}
