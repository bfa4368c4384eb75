using System.Text.RegularExpressions;
using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Domain.Users;

/// <summary>A person who books stays, hosts homes, or runs the platform.</summary>
public sealed partial class User : Entity
{
    public const int MaxNameLength = 100;

    private User(Guid id, Email email, string passwordHash, string firstName, string lastName, string? phoneNumber, Role role, DateTimeOffset now)
        : base(id)
    {
        Email = email;
        PasswordHash = passwordHash;
        FirstName = firstName;
        LastName = lastName;
        PhoneNumber = phoneNumber;
        Role = role;
        CreatedAt = now;
        UpdatedAt = now;
    }

    private User()
    {
        Email = null!;
        PasswordHash = null!;
        FirstName = null!;
        LastName = null!;
    }

    public Email Email { get; private set; }

    public string PasswordHash { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? PhoneNumber { get; private set; }

    public Role Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Self-registration: a guest or a host, never an admin.</summary>
    public static Result<User> Register(Email email, string passwordHash, string firstName, string lastName, string? phoneNumber, Role role, DateTimeOffset now)
    {
        if (role == Role.Admin)
        {
            return UserErrors.AdminNotAllowed;
        }

        var user = Create(email, passwordHash, firstName, lastName, phoneNumber, role, now);
        if (user.IsSuccess)
        {
            user.Value.Raise(new UserRegisteredDomainEvent(user.Value.Id));
        }

        return user;
    }

    /// <summary>The operator's account, created from configuration at start-up.</summary>
    public static Result<User> CreateAdmin(Email email, string passwordHash, DateTimeOffset now) =>
        Create(email, passwordHash, "Admin", "Admin", null, Role.Admin, now);

    public Result UpdateProfile(string? firstName, string? lastName, string? phoneNumber, bool phoneNumberGiven, DateTimeOffset now)
    {
        if (IsDeleted)
        {
            return UserErrors.Deleted;
        }

        var newFirst = firstName is null ? FirstName : NormaliseName(firstName);
        var newLast = lastName is null ? LastName : NormaliseName(lastName);
        if (newFirst is null || newLast is null)
        {
            return UserErrors.InvalidName;
        }

        var newPhone = PhoneNumber;
        if (phoneNumberGiven)
        {
            if (!TryNormalisePhone(phoneNumber, out newPhone))
            {
                return UserErrors.InvalidPhoneNumber;
            }
        }

        if (newFirst != FirstName)
        {
            Raise(new UserFirstNameChangedDomainEvent(Id, Role));
        }

        FirstName = newFirst;
        LastName = newLast;
        PhoneNumber = newPhone;
        UpdatedAt = now;
        return Result.Success();
    }

    public Result ChangePasswordHash(string newPasswordHash, DateTimeOffset now)
    {
        if (IsDeleted)
        {
            return UserErrors.Deleted;
        }

        PasswordHash = newPasswordHash;
        UpdatedAt = now;
        Raise(new UserPasswordChangedDomainEvent(Id, now));
        return Result.Success();
    }

    /// <summary>Replaces a hash that the hasher says needs an upgrade, keeping the same password.</summary>
    public void RehashPassword(string newPasswordHash) => PasswordHash = newPasswordHash;

    /// <summary>
    /// Deletes the account: personal data is scrubbed and the e-mail freed, while the row stays so
    /// that past bookings and reviews keep a valid author.
    /// </summary>
    public Result Delete(DateTimeOffset now)
    {
        if (IsDeleted)
        {
            return UserErrors.NotFound;
        }

        Email = Shared.Email.Create($"deleted-{Id:N}@deleted.invalid").Value;
        PasswordHash = string.Empty;
        FirstName = "Deleted";
        LastName = "User";
        PhoneNumber = null;
        DeletedAt = now;
        UpdatedAt = now;
        Raise(new UserDeletedDomainEvent(Id, Role, now));
        return Result.Success();
    }

    public static string? NormaliseName(string? name)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxNameLength || trimmed.Any(char.IsControl) ? null : trimmed;
    }

    public static bool TryNormalisePhone(string? phone, out string? normalised)
    {
        normalised = null;
        if (string.IsNullOrWhiteSpace(phone))
        {
            return true;
        }

        var trimmed = phone.Trim();
        if (!PhonePattern().IsMatch(trimmed))
        {
            return false;
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        if (digits is < 6 or > 20)
        {
            return false;
        }

        normalised = trimmed;
        return true;
    }

    private static Result<User> Create(Email email, string passwordHash, string firstName, string lastName, string? phoneNumber, Role role, DateTimeOffset now)
    {
        var first = NormaliseName(firstName);
        var last = NormaliseName(lastName);
        if (first is null || last is null)
        {
            return UserErrors.InvalidName;
        }

        if (!TryNormalisePhone(phoneNumber, out var phone))
        {
            return UserErrors.InvalidPhoneNumber;
        }

        return new User(Guid.CreateVersion7(now), email, passwordHash, first, last, phone, role, now);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ().-]{4,28}[0-9]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PhonePattern();
}
