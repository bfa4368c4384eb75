using AirbnbClone.Domain.Abstractions;

namespace AirbnbClone.Domain.Users;

/// <summary>
/// One refresh token of a login session. Each refresh spends the token and issues its successor in
/// the same family; presenting a spent token again means it was stolen, so the family is revoked.
/// Only a hash of the token is stored.
/// </summary>
public sealed class RefreshToken : Entity
{
    private RefreshToken(Guid id, Guid userId, Guid familyId, string tokenHash, DateTimeOffset now, DateTimeOffset expiresAt)
        : base(id)
    {
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    private RefreshToken() => TokenHash = null!;

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? SpentAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static RefreshToken IssueFirst(Guid userId, string tokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        var id = Guid.CreateVersion7(now);
        return new RefreshToken(id, userId, id, tokenHash, now, now + lifetime);
    }

    public bool IsActive(DateTimeOffset now) => SpentAt is null && RevokedAt is null && now < ExpiresAt;

    /// <summary>Spends this token and returns its successor in the same family.</summary>
    public Result<RefreshToken> Rotate(string newTokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        if (!IsActive(now))
        {
            return UserErrors.InvalidRefreshToken;
        }

        SpentAt = now;
        return new RefreshToken(Guid.CreateVersion7(now), UserId, FamilyId, newTokenHash, now, now + lifetime);
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
