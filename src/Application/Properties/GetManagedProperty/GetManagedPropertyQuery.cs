using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AutoMapper;
using Dapper;

namespace AirbnbClone.Application.Properties.GetManagedProperty;

/// <summary>Any listing, unlisted too, for its host and admins (never cached: the answer depends on the caller). Others: 404.</summary>
public sealed record GetManagedPropertyQuery(Guid PropertyId) : IQuery<PropertyResponse>;

internal sealed class GetManagedPropertyQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser, IMapper mapper)
    : IQueryHandler<GetManagedPropertyQuery, PropertyResponse>
{
    private const string Sql = $"""
        SELECT {PropertySql.DetailColumns}
        FROM properties p
        JOIN users u ON u.id = p.host_id
        WHERE p.id = @PropertyId
        """;

    public async Task<Result<PropertyResponse>> Handle(GetManagedPropertyQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PropertyRow>(
            new CommandDefinition(Sql, new { request.PropertyId }, cancellationToken: cancellationToken));
        return row is not null && currentUser.CanManage(row.HostId)
            ? mapper.Map<PropertyResponse>(row)
            : PropertyErrors.NotFound;
    }
}
