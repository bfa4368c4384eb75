using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;

namespace AirbnbClone.Domain.Users;

/// <summary>What a password must be: long enough, not absurdly long, and not built from the e-mail.</summary>
public static class PasswordPolicy
{
    public const int MinLength = 10;

    // PBKDF2 cost grows with the input; a cap keeps hashing a request from being a DoS lever.
    public const int MaxLength = 128;

    // A one- or two-letter local part ("a@x.io") would forbid half the alphabet; shorter parts are ignored.
    public const int MinLocalPartLengthChecked = 3;

    public static readonly Error TooShort =
        Error.Validation("Password.TooShort", $"The password must be at least {MinLength} characters long.");

    public static readonly Error TooLong =
        Error.Validation("Password.TooLong", $"The password must be at most {MaxLength} characters long.");

    public static readonly Error ContainsEmail =
        Error.Validation("Password.ContainsEmail", "The password must not contain the e-mail address's local part.");

    /// <summary>The e-mail and password of a new account: a well-formed address and a password that passes <see cref="Check"/>.</summary>
    public static Result<Email> CheckCredentials(string? email, string? password)
    {
        var parsed = Email.Create(email);
        if (parsed.IsFailure)
        {
            return parsed;
        }

        var policy = Check(password, parsed.Value);
        return policy.IsSuccess ? parsed : policy.Error;
    }

    public static Result Check(string? password, Email email)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return TooShort;
        }

        if (password.Length > MaxLength)
        {
            return TooLong;
        }

        var local = email.LocalPart;
        if (local.Length >= MinLocalPartLengthChecked && password.Contains(local, StringComparison.OrdinalIgnoreCase))
        {
            return ContainsEmail;
        }

        return Result.Success();
    }
}
