using AirbnbClone.Domain.Abstractions;
using AirbnbClone.Domain.Users.Events;

namespace AirbnbClone.Domain.Users;

/// <summary>
/// One refresh token of a login session. Each refresh spends the token and issues its successor in
/// the same family; presenting a spent token again means it was stolen, so the family is revoked.
/// Only a hash of the token is stored. The family id (the first token's id) names the login session: access tokens
/// carry it as <c>sid</c>, so ending the session refuses them too.
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

    /// <summary>
    /// A replay of this spent token within <paramref name="leeway"/> of its rotation is a client refreshing in parallel
    /// (or retrying a lost answer), not a thief: it gets the successor again instead of ending the session.
    /// </summary>
    public bool MayReplay(DateTimeOffset now, TimeSpan leeway) =>
        SpentAt is { } spent && RevokedAt is null && now - spent <= leeway && now < ExpiresAt;

    /// <summary>Ends this token's login session (logout, or a replay outside the leeway): every token of the family is revoked.</summary>
    public void EndSession(DateTimeOffset now)
    {
        Revoke(now);
        Raise(new SessionEndedDomainEvent(UserId, FamilyId, now));
    }
}
