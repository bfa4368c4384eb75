using System.Globalization;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>A deployment whose reads limit is tiny, so a test reaches it in a few requests.</summary>
public sealed class LowReadLimitApiFactory : ApiFactory
{
    public const int ReadsPerMinute = 4;

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["RateLimiting:ReadsPerMinute"] = ReadsPerMinute.ToString(CultureInfo.InvariantCulture);
        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class LowReadLimitTestGroup : ICollectionFixture<LowReadLimitApiFactory>
{
    public const string Name = "low-read-limit";
}
