using AirbnbClone.Application.UnitTests.TestDoubles;
using FluentValidation;

namespace AirbnbClone.Application.UnitTests.Behaviors;

internal sealed class TestAddressCommandValidator : AbstractValidator<TestAddressCommand>
{
    public TestAddressCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name is required.");
        RuleFor(c => c.Address.PostalCode).NotEmpty().WithMessage("Postal code is required.");
        RuleFor(c => c.Address.Street).NotEmpty().WithMessage("Street is required.");
    }
}

/// <summary>A second validator of the same request, as a feature module might add.</summary>
internal sealed class TestAddressCommandExtraValidator : AbstractValidator<TestAddressCommand>
{
    public TestAddressCommandExtraValidator() =>
        RuleFor(c => c.Address.PostalCode).Matches("^[0-9]{5}$").WithMessage("Postal code must be five digits.");
}

internal sealed class TestPlainCommandValidator : AbstractValidator<TestPlainCommand>
{
    public TestPlainCommandValidator() =>
        RuleFor(c => c).Must(_ => false).OverridePropertyName("Whole").WithMessage("Always invalid.");
}
