using FluentValidation;

namespace AirbnbClone.Application.Properties.UpdateProperty;

internal sealed class UpdatePropertyCommandValidator : AbstractValidator<UpdatePropertyCommand>
{
    public UpdatePropertyCommandValidator() =>
        RuleFor(c => c.Body).Custom((body, context) => PropertyDetailRules.AddDetailFailures((body ?? new PropertyBody()).ToDraft(), context));
}
