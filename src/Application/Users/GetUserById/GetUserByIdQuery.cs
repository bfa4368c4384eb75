using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using Dapper;

namespace AirbnbClone.Application.Users.GetUserById;

/// <summary>A profile: full for the user themself and admins, public (no e-mail or phone) for others.</summary>
public sealed record GetUserByIdQuery(Guid UserId) : IQuery<UserResponse>;

internal sealed class GetUserByIdQueryHandler(ISqlConnectionFactory connections, ICurrentUser currentUser)
    : IQueryHandler<GetUserByIdQuery, UserResponse>
{
    private const string Sql = $"""
        SELECT {UserSql.Columns}
        FROM users
        WHERE id = @UserId AND deleted_at IS NULL
        """;

    public async Task<Result<UserResponse>> Handle(GetUserByIdQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var user = await connection.QuerySingleOrDefaultAsync<UserResponse>(
            new CommandDefinition(Sql, new { request.UserId }, cancellationToken: cancellationToken));
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        var seesPrivateFields = currentUser.IsAuthenticated
            && (currentUser.UserId == user.Id || currentUser.Role == Role.Admin);
        return seesPrivateFields ? user : user.WithoutPrivateFields();
    }
}
