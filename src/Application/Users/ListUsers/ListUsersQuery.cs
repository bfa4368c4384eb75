using AirbnbClone.Application.Abstractions.Data;
using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users;
using Dapper;

namespace AirbnbClone.Application.Users.ListUsers;

/// <summary>Every active account, oldest first, for admins.</summary>
public sealed record ListUsersQuery(int? Limit, string? Cursor) : IQuery<PagedResponse<UserResponse>>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}

internal sealed class ListUsersQueryHandler(ISqlConnectionFactory connections)
    : IQueryHandler<ListUsersQuery, PagedResponse<UserResponse>>
{
    // UUID v7 ids grow with creation time, so the primary key is also the keyset.
    private const string Sql = $"""
        SELECT {UserSql.Columns}
        FROM users
        WHERE deleted_at IS NULL AND id > @After
        ORDER BY id
        LIMIT @Take
        """;

    public async Task<Result<PagedResponse<UserResponse>>> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? Cursor.DefaultLimit;
        Cursor.TryDecodeGuid(request.Cursor, out var after);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserResponse>(
            new CommandDefinition(Sql, new { After = after, Take = limit + 1 }, cancellationToken: cancellationToken));
        return Cursor.Page(rows.AsList(), limit, u => u.Id.ToString());
    }
}
