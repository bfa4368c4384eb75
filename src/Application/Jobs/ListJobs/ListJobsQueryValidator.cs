using AirbnbClone.Application.Abstractions.Pagination;
using FluentValidation;

namespace AirbnbClone.Application.Jobs.ListJobs;

internal sealed class ListJobsQueryValidator : AbstractValidator<ListJobsQuery>
{
    public ListJobsQueryValidator()
    {
        RuleFor(q => q.State).Must(s => JobStates.All.Contains(s!, StringComparer.Ordinal))
            .When(q => q.State is not null)
            .WithMessage($"Must be one of: {string.Join(", ", JobStates.All)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecodeGuid(c, out _))
            .When(q => q.Cursor is not null).WithMessage("The cursor is malformed; pass back a nextCursor value unchanged.");
    }
}
