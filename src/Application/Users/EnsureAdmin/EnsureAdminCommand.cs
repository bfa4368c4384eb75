using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.EnsureAdmin;

/// <summary>Creates the operator's admin account from configuration when it does not exist yet. Never reachable over HTTP.</summary>
public sealed record EnsureAdminCommand(string Email, string Password) : ICommand<bool>;
