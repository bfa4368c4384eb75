using FluentValidation;

namespace AirbnbClone.Application.Users.RefreshTokens;

internal sealed class RefreshTokenCommandValidator : AbstractValidator<RefreshTokenCommand>
{
    public RefreshTokenCommandValidator() =>
        RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(RefreshTokenSecret.MaxLength);
}
