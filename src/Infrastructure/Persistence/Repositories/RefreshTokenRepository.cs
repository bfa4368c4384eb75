using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class RefreshTokenRepository(ApplicationDbContext context) : IRefreshTokenRepository
{
    private const string LockSql = "SELECT 1 FROM refresh_tokens WHERE token_hash = @TokenHash FOR UPDATE";

    public async Task<RefreshToken?> GetByHashForUpdateAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await context.ExecuteAsync(LockSql, new { TokenHash = tokenHash }, cancellationToken);
        return await context.Set<RefreshToken>().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
    }

    public void Add(RefreshToken token) => context.Add(token);

    public Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        context.Set<RefreshToken>()
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task RevokeAllForUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        context.Set<RefreshToken>()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
