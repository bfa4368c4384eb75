using AirbnbClone.Domain.Users;

namespace AirbnbClone.Application.Users;

public interface IRefreshTokenRepository
{
    /// <summary>Loads the token row locked FOR UPDATE, so two refreshes of one token cannot both win.</summary>
    Task<RefreshToken?> GetByHashForUpdateAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Loads the token row without a lock (the successor a replay within the leeway answers with).</summary>
    Task<RefreshToken?> GetByHashAsync(string tokenHash, CancellationToken cancellationToken);

    void Add(RefreshToken token);

    Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes every token of the user and answers the sessions (families) that were still open.</summary>
    Task<IReadOnlyList<Guid>> RevokeAllForUserAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);
}
