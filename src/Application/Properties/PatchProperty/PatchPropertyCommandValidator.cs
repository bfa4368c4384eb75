using AirbnbClone.Domain.Properties;
using FluentValidation;

namespace AirbnbClone.Application.Properties.PatchProperty;

/// <summary>Only what can be judged without the current listing; the merged result is checked by the domain in the handler.</summary>
internal sealed class PatchPropertyCommandValidator : AbstractValidator<PatchPropertyCommand>
{
    public PatchPropertyCommandValidator() =>
        RuleFor(c => c.Body.Status)
            .Must(s => s is null || PropertyNames.TryParseStatus(s, out _))
            .WithMessage("Must be 'listed' or 'unlisted'.")
            .OverridePropertyName("status");
}
