using FluentValidation;
using AirbnbClone.Application.Abstractions.Pagination;

namespace AirbnbClone.Application.Users.ListUsers;

internal sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecodeGuid(c, out _))
            .When(q => q.Cursor is not null).WithMessage("The cursor is malformed; pass back a nextCursor value unchanged.");
    }
}
