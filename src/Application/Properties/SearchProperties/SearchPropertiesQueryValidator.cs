using FluentValidation;
using FluentValidation.Results;

namespace AirbnbClone.Application.Properties.SearchProperties;

internal sealed class SearchPropertiesQueryValidator : AbstractValidator<SearchPropertiesQuery>
{
    public SearchPropertiesQueryValidator(TimeProvider clock) =>
        RuleFor(q => q).Custom((query, context) =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            foreach (var (name, message) in SearchCriteria.Parse(query, today).Errors)
            {
                context.AddFailure(new ValidationFailure(name, message));
            }
        });
}
