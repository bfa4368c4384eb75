using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using AirbnbClone.Domain.Users;
using Dapper;

namespace AirbnbClone.Application.Properties.GetManagedProperty;

internal sealed class GetManagedPropertyQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser)
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
        if (!currentUser.IsAuthenticated)
        {
            return PropertyErrors.NotFound;
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PropertyRow>(
            new CommandDefinition(Sql, new { request.PropertyId }, cancellationToken: cancellationToken));
        if (row is null || (row.HostId != currentUser.UserId && currentUser.Role != Role.Admin))
        {
            return PropertyErrors.NotFound;
        }

        return row.ToResponse();
    }
}
