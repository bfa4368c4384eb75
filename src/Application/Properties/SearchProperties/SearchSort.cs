namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>The orders a search can walk in; <see cref="SearchSortNames"/> spells them as the query string does.</summary>
public enum SearchSort
{
    Rating = 0,
    Price = 1,
    PriceDescending = 2,
    Newest = 3,
}
