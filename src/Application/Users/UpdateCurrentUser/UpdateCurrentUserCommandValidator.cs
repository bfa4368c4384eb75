using AirbnbClone.Domain.Users;
using FluentValidation;

namespace AirbnbClone.Application.Users.UpdateCurrentUser;

internal sealed class UpdateCurrentUserCommandValidator : AbstractValidator<UpdateCurrentUserCommand>
{
    public UpdateCurrentUserCommandValidator()
    {
        RuleFor(c => c.FirstName).ValidPersonName().When(c => c.FirstName is not null);
        RuleFor(c => c.LastName).ValidPersonName().When(c => c.LastName is not null);
        RuleFor(c => c.PhoneNumber).ValidPhoneNumber();
        RuleFor(c => c.CurrentPassword).NotEmpty().When(c => c.NewPassword is not null)
            .WithMessage(UserErrors.CurrentPasswordRequired.Message);
        RuleFor(c => c.CurrentPassword).MaximumLength(PasswordPolicy.MaxLength);
        RuleFor(c => c.NewPassword).MinimumLength(PasswordPolicy.MinLength).MaximumLength(PasswordPolicy.MaxLength)
            .When(c => c.NewPassword is not null);
    }
}
