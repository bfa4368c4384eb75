using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.DeleteUser;

/// <summary>Deletes an account: the user themself or an admin.</summary>
public sealed record DeleteUserCommand(Guid UserId) : ICommand;
