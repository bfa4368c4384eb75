using FluentValidation;
using FluentValidation.Results;

namespace AirbnbClone.Application.Properties.SearchProperties;

/// <summary>Reports what <see cref="SearchPropertiesQuery.Create"/> found wrong; it does not parse again.</summary>
internal sealed class SearchPropertiesQueryValidator : AbstractValidator<SearchPropertiesQuery>
{
    public SearchPropertiesQueryValidator() =>
        RuleFor(q => q).Custom((query, context) =>
        {
            foreach (var (name, message) in query.Errors)
            {
                context.AddFailure(new ValidationFailure(name, message));
            }
        });
}
