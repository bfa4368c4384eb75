using System.Net.Mail;
using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Shared;

/// <summary>An e-mail address, trimmed and lower-cased so that uniqueness is case-insensitive.</summary>
public sealed record Email
{
    public const int MaxLength = 254;

    private Email(string value) => Value = value;

    public string Value { get; }

    /// <summary>The part before the '@', used by the password policy.</summary>
    public string LocalPart => Value[..Value.IndexOf('@', StringComparison.Ordinal)];

    public static Result<Email> Create(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EmailErrors.Empty;
        }

        var normalised = value.Trim().ToLowerInvariant();
        if (normalised.Length > MaxLength || !IsWellFormed(normalised))
        {
            return EmailErrors.Invalid;
        }

        return new Email(normalised);
    }

    public override string ToString() => Value;

    private static bool IsWellFormed(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var domain = value[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var parsed) && parsed.Address == value;
    }
}
