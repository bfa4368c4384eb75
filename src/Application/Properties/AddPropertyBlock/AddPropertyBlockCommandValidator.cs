using AirbnbClone.Domain.Properties;
using FluentValidation;

namespace AirbnbClone.Application.Properties.AddPropertyBlock;

internal sealed class AddPropertyBlockCommandValidator : AbstractValidator<AddPropertyBlockCommand>
{
    public AddPropertyBlockCommandValidator()
    {
        RuleFor(c => c.Start).NotNull().WithMessage("A start date (YYYY-MM-DD) is required.");
        RuleFor(c => c.End).NotNull().WithMessage("An end date (YYYY-MM-DD) is required.");
        When(c => c.Start is not null && c.End is not null, () =>
            RuleFor(c => c.End)
                .Must((c, end) => end > c.Start)
                .WithMessage("Must be after start: the range is [start, end), end is the first free day.")
                .Must((c, end) => end!.Value.DayNumber - c.Start!.Value.DayNumber <= Property.MaxBlockNights)
                .WithMessage($"A block may span at most {Property.MaxBlockNights} nights."));
    }
}
