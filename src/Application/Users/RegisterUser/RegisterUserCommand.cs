using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.RegisterUser;

/// <summary>Self-registration as a guest (default) or a host.</summary>
public sealed record RegisterUserCommand(
    string? Email,
    string? Password,
    string? FirstName,
    string? LastName,
    string? PhoneNumber = null,
    string? Role = null) : ICommand<UserResponse>;
