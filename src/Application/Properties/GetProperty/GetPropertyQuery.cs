using AirbnbClone.Application.Abstractions.Caching;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AutoMapper;
using Dapper;

namespace AirbnbClone.Application.Properties.GetProperty;

/// <summary>
/// A listed home, as anyone sees it. Cached: the answer does not depend on the caller (unlisted homes are 404 here;
/// their host and admins read them through <see cref="GetManagedProperty.GetManagedPropertyQuery"/>, uncached).
/// </summary>
public sealed record GetPropertyQuery(Guid PropertyId) : IQuery<PropertyResponse>, ICachedQuery
{
    public string CacheKey => PropertyCacheKeys.Details(PropertyId);

    public TimeSpan? Expiration => PropertyCacheKeys.DetailsExpiration;

    public IReadOnlyList<string> Tags => [PropertyCacheKeys.ListingTag(PropertyId), PropertyCacheKeys.HostsTag];

    /// <summary>A prepared primary-key lookup: a miss reads PostgreSQL directly rather than Redis first (docs/adr/0010).</summary>
    public bool LocalOnly => true;
}

internal sealed class GetPropertyQueryHandler(ISqlConnectionFactory connections, IMapper mapper) : IQueryHandler<GetPropertyQuery, PropertyResponse>
{
    private const string Sql = $"""
        SELECT {PropertySql.DetailColumns}
        FROM properties p
        JOIN users u ON u.id = p.host_id
        WHERE p.id = @PropertyId AND p.status = 'listed'
        """;

    public async Task<Result<PropertyResponse>> Handle(GetPropertyQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PropertyRow>(
            new CommandDefinition(Sql, new { request.PropertyId }, cancellationToken: cancellationToken));
        return row is null ? PropertyErrors.NotFound : mapper.Map<PropertyResponse>(row);
    }
}
