namespace AirbnbClone.Application.Abstractions.Authentication;

/// <summary>
/// Which login sessions are still alive, as every API node sees it. An access token names its session (<c>sid</c>,
/// the refresh-token family); each authenticated request asks <see cref="IsActiveAsync"/>, so logging out, changing the
/// password or deleting the account refuses the session's access tokens within a second, not when they expire
/// (docs/adr/0012-security-model.md).
/// </summary>
public interface ISessionRegistry
{
    /// <summary>True while the session exists, belongs to <paramref name="userId"/>, is not revoked and its account not deleted.</summary>
    Task<bool> IsActiveAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Tells every node that these sessions ended. Call after the revocation committed; never throws for a Redis outage.</summary>
    Task MarkEndedAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken);
}
