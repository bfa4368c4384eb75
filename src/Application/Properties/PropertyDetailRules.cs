using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Properties;
using FluentValidation;
using FluentValidation.Results;

namespace AirbnbClone.Application.Properties;

/// <summary>
/// Lets a validator report every rule of <see cref="PropertyDetails.Create"/> a draft breaks, under its JSON field name:
/// the rules live in the domain, once; the validator only reports them all together.
/// </summary>
internal static class PropertyDetailRules
{
    public static void AddDetailFailures<T>(PropertyDraft draft, ValidationContext<T> context)
    {
        if (PropertyDetails.Create(draft) is { IsFailure: true, Error: ValidationError errors })
        {
            foreach (var (field, messages) in errors.Errors)
            {
                foreach (var message in messages)
                {
                    context.AddFailure(new ValidationFailure(field, message));
                }
            }
        }
    }
}
