using FluentValidation;

namespace AirbnbClone.Application.Properties.CreateProperty;

internal sealed class CreatePropertyCommandValidator : AbstractValidator<CreatePropertyCommand>
{
    public CreatePropertyCommandValidator() =>
        RuleFor(c => c.Body).Custom((body, context) => PropertyAccess.AddDetailFailures((body ?? new PropertyBody()).ToDraft(), context));
}
