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
        PageRules.AddIdKeyed(this, q => q.Limit, q => q.Cursor);
    }
}
