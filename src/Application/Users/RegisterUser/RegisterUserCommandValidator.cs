using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using FluentValidation;

namespace AirbnbClone.Application.Users.RegisterUser;

internal sealed class RegisterUserCommandValidator : AbstractValidator<RegisterUserCommand>
{
    public RegisterUserCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().ValidEmail();
        RuleFor(c => c.Password).NotEmpty().Custom((password, context) =>
        {
            var email = Email.Create(context.InstanceToValidate.Email);
            var policy = email.IsSuccess
                ? PasswordPolicy.Check(password, email.Value)
                : PasswordPolicy.Check(password, Email.Create("x@invalid.invalid").Value);
            if (policy.IsFailure)
            {
                context.AddFailure(policy.Error.Message);
            }
        }).When(c => !string.IsNullOrEmpty(c.Password), ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.FirstName).NotEmpty().ValidPersonName();
        RuleFor(c => c.LastName).NotEmpty().ValidPersonName();
        RuleFor(c => c.PhoneNumber).ValidPhoneNumber();
        RuleFor(c => c.Role)
            .Must(role => role != RoleNames.Admin).WithMessage(UserErrors.AdminNotAllowed.Message)
            .Must(role => role is null or RoleNames.Guest or RoleNames.Host or RoleNames.Admin)
            .WithMessage($"Must be '{RoleNames.Guest}' or '{RoleNames.Host}'.");
    }
}
