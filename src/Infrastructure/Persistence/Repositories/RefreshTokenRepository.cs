using AirbnbClone.Application.Users;
using AirbnbClone.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace AirbnbClone.Infrastructure.Persistence.Repositories;

internal sealed class RefreshTokenRepository(ApplicationDbContext context) : IRefreshTokenRepository
{
    private const string LockSql = "SELECT 1 FROM refresh_tokens WHERE token_hash = @TokenHash FOR UPDATE";

    // The sessions that were still open: their access tokens must be refused on every node.
    private const string RevokeAllSql = """
        WITH revoked AS (
            UPDATE refresh_tokens SET revoked_at = @Now
            WHERE user_id = @UserId AND revoked_at IS NULL
            RETURNING family_id)
        SELECT DISTINCT family_id FROM revoked
        """;

    public async Task<RefreshToken?> GetByHashForUpdateAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await context.ExecuteAsync(LockSql, new { TokenHash = tokenHash }, cancellationToken);
        return await context.Set<RefreshToken>().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
    }

    public Task<RefreshToken?> GetByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        context.Set<RefreshToken>().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public void Add(RefreshToken token) => context.Add(token);

    public Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        context.Set<RefreshToken>()
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task<IReadOnlyList<Guid>> RevokeAllForUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        context.QueryAsync<Guid>(RevokeAllSql, new { UserId = userId, Now = now }, cancellationToken);
}
