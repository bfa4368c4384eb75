using System.Linq.Expressions;
using FluentValidation;

namespace AirbnbClone.Application.Abstractions.Pagination;

/// <summary>
/// The one paging shape of every list: <c>limit</c> (1..<see cref="Cursor.MaxLimit"/>, default
/// <see cref="Cursor.DefaultLimit"/>) and an opaque <c>cursor</c> in, <see cref="PagedResponse{T}"/> out.
/// Lists keyed by id alone use these rules; lists keyed by a sort value check their own cursor shape.
/// </summary>
internal static class PageRules
{
    public static void AddIdKeyed<T>(AbstractValidator<T> validator, Expression<Func<T, int?>> limit, Expression<Func<T, string?>> cursor)
    {
        var readLimit = limit.Compile();
        var readCursor = cursor.Compile();
        validator.RuleFor(limit).InclusiveBetween(1, Cursor.MaxLimit).When(q => readLimit(q) is not null);
        validator.RuleFor(cursor).Must(c => Cursor.TryDecodeGuid(c, out _))
            .When(q => readCursor(q) is not null).WithMessage("The cursor is malformed; pass back a nextCursor value unchanged.");
    }
}
