namespace AirbnbClone.Application.Users;

/// <summary>The answer to a login or a refresh.</summary>
public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");
