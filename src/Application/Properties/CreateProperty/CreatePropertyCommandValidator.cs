using FluentValidation;

namespace AirbnbClone.Application.Properties.CreateProperty;

internal sealed class CreatePropertyCommandValidator : AbstractValidator<CreatePropertyCommand>
{
    public CreatePropertyCommandValidator() =>
        RuleFor(c => c.Body).Custom((body, context) => PropertyDetailRules.AddDetailFailures((body ?? new PropertyBody()).ToDraft(), context));
}
