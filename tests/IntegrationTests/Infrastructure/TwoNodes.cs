namespace AirbnbClone.IntegrationTests.Infrastructure;

/// <summary>
/// Two API nodes of one deployment (one PostgreSQL database, one Redis), for what must hold across nodes: cache
/// invalidation, shared rate limits and failed-login counts. Its own database and Redis, so a test may stop Redis.
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    public TwoNodes()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>Both nodes with <paramref name="overrides"/> over <see cref="ApiFactory"/>'s settings.</summary>
    protected TwoNodes(IReadOnlyDictionary<string, string?> overrides)
    {
        A = new ApiFactory { Overrides = overrides };
        B = new ApiNode(A);
    }

    public ApiFactory A { get; }

    public ApiFactory B { get; }

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodesTestGroup : ICollectionFixture<TwoNodes>
{
    public const string Name = "two-nodes";
}
