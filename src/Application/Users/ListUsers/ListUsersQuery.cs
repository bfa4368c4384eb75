using AirbnbClone.Application.Abstractions.Messaging;
using AirbnbClone.Application.Abstractions.Pagination;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users.ListUsers;

/// <summary>Every active account, oldest first, for admins.</summary>
public sealed record ListUsersQuery(int? Limit, string? Cursor) : IQuery<PagedResponse<UserResponse>>, IRequiresRole
{
    public IReadOnlyCollection<Role> AllowedRoles => [Role.Admin];
}
