using AirbnbClone.Domain.Users;
using FluentValidation;

namespace AirbnbClone.Application.Users;

/// <summary>Field rules shared by registration and profile updates, so both say the same thing.</summary>
internal static class UserRules
{
    public static IRuleBuilderOptions<T, string?> ValidPersonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(name => User.NormaliseName(name) is not null)
            .WithMessage($"Must be 1 to {User.MaxNameLength} characters, not only spaces.");

    public static IRuleBuilderOptions<T, string?> ValidPhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(phone => User.TryNormalisePhone(phone, out _))
            .WithMessage("Must be 6 to 20 digits, optionally starting with '+' (spaces, dashes, dots and brackets allowed).");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(email => Domain.Shared.Email.Create(email).IsSuccess)
            .WithMessage("Must be a valid e-mail address of at most 254 characters.");
}
