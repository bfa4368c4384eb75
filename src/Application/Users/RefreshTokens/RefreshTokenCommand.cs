using AirbnbClone.Application.Abstractions.Messaging;

namespace AirbnbClone.Application.Users.RefreshTokens;

/// <summary>
/// Trades a refresh token for a new pair. A failure still commits: revoking a stolen token's family
/// must stick even though the caller gets 401.
/// </summary>
public sealed record RefreshTokenCommand(string? RefreshToken) : ICommand<TokenResponse>, ICommitsOnFailure;
