using FluentValidation;

namespace AirbnbClone.Application.Users.Logout;

internal sealed class LogoutCommandValidator : AbstractValidator<LogoutCommand>
{
    public LogoutCommandValidator() =>
        RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(RefreshTokenSecret.MaxLength);
}
