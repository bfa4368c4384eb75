using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users;

public interface IRefreshTokenRepository
{
    /// <summary>Loads the token row locked FOR UPDATE, so two refreshes of one token cannot both win.</summary>
    Task<RefreshToken?> GetByHashForUpdateAsync(string tokenHash, CancellationToken cancellationToken);

    void Add(RefreshToken token);

    Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken);

    Task RevokeAllForUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);
}
