using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.Login;

public sealed record LoginCommand(string? Email, string? Password) : ICommand<TokenResponse>;
