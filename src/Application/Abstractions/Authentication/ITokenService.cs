using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

public interface ITokenService
{
    AccessToken CreateAccessToken(User user);

    TimeSpan RefreshTokenLifetime { get; }
}
