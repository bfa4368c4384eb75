using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.UpdateCurrentUser;

/// <summary>
/// Changes the caller's own profile. A null field is left as it is; an empty phone number removes it.
/// A new password needs the current one. Role and e-mail cannot be changed here.
/// </summary>
public sealed record UpdateCurrentUserCommand(
    string? FirstName = null,
    string? LastName = null,
    string? PhoneNumber = null,
    string? CurrentPassword = null,
    string? NewPassword = null) : ICommand<UserResponse>;
