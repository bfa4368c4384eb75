using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.RateLimiting;

/// <summary>
/// A second app (own database, own Redis) with low per-minute limits: 3 registrations and 5 auth calls
/// per client address. Only the tests of <see cref="RateLimitedTestGroup"/> use it.
/// </summary>
public sealed class RateLimitedApiFactory : ApiFactory
{
    public const int RegistrationsPerMinute = 3;
    public const int AuthPerMinute = 5;

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["RateLimiting:RegistrationsPerMinute"] = RegistrationsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:AuthPerMinute"] = AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class RateLimitedTestGroup : ICollectionFixture<RateLimitedApiFactory>
{
    public const string Name = "rate-limited";
}
