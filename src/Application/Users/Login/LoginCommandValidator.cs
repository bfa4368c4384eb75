using AirbnbClone.Domain.Users;
using FluentValidation;

namespace AirbnbClone.Application.Users.Login;

internal sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(Domain.Shared.Email.MaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(PasswordPolicy.MaxLength);
    }
}
