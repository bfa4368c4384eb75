using AirbnbClone.Application.Abstractions.Pagination;
using FluentValidation;

namespace AirbnbClone.Application.Users.ListUsers;

internal sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator() => PageRules.AddIdKeyed(this, q => q.Limit, q => q.Cursor);
}
