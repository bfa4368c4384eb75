using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.Logout;

/// <summary>Ends the session the refresh token belongs to (its whole family).</summary>
public sealed record LogoutCommand(string? RefreshToken) : ICommand;
