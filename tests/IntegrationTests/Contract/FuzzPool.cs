namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// What the fuzz knows of the app it attacks: ids of real resources (so generated paths and bodies sometimes reach
/// existing rows and the code behind the validators runs), valid access tokens per role, and invalid ones.
/// Ids under <see cref="Disposable"/> are the only real ones a DELETE may name, so the principal fixtures
/// (the host, the guest, their listing and booking) survive the run.
/// </summary>
public sealed class FuzzPool
{
    /// <summary>Kind (<c>properties</c>, <c>bookings</c>, <c>users</c>, <c>blocks</c>) to ids of existing resources.</summary>
    public Dictionary<string, List<Guid>> Ids { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Kind to ids that may be deleted.</summary>
    public Dictionary<string, List<Guid>> Disposable { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role (<c>guest</c>, <c>host</c>, <c>admin</c>) to a valid access token.</summary>
    public Dictionary<string, string> Tokens { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Label to an Authorization header value that must be refused (expired, forged, garbage...).</summary>
    public Dictionary<string, string> BadAuthorizations { get; } = new(StringComparer.Ordinal);

    /// <summary>Real e-mail addresses (login bodies sometimes name one).</summary>
    public List<string> Emails { get; } = [];

    /// <summary>Refresh tokens of a session nobody else uses (refresh/logout bodies sometimes carry one).</summary>
    public List<string> RefreshTokens { get; } = [];

    public void Add(string kind, Guid id, bool disposable = false)
    {
        var target = disposable ? Disposable : Ids;
        if (!target.TryGetValue(kind, out var list))
        {
            target[kind] = list = [];
        }

        list.Add(id);
    }
}
