using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users;

public interface IUserRepository
{
    Task<User?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<User?> GetByEmailAsync(Email email, CancellationToken cancellationToken);

    Task<bool> EmailExistsAsync(Email email, CancellationToken cancellationToken);

    void Add(User user);
}
