using AirbnbClone.Application.Users;
using AirbnbClone.Application.Users.Specifications;
using AirbnbClone.Domain.Shared;
using AirbnbClone.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class UserRepository(ApplicationDbContext context) : IUserRepository
{
    public async Task<User?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await context.Set<User>().FindAsync([id], cancellationToken);

    public async Task<IReadOnlyList<User>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await context.Set<User>().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);

    public Task<User?> GetByEmailAsync(Email email, CancellationToken cancellationToken) =>
        context.Set<User>().WithSpecification(new UserByEmailSpec(email)).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> EmailExistsAsync(Email email, CancellationToken cancellationToken) =>
        context.Set<User>().WithSpecification(new UserByEmailSpec(email)).AnyAsync(cancellationToken);

    public void Add(User user) => context.Add(user);
}
