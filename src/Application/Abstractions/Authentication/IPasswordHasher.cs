using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Abstractions.Authentication;

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordVerification Verify(string passwordHash, string password);
}
