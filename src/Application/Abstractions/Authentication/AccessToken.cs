using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

public sealed record AccessToken(string Token, int ExpiresInSeconds);
