using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Http;

/// <summary>
/// The API behind real Kestrel on a free loopback port (headers Kestrel itself adds, such as Server, only exist
/// there), with ASP.NET Core's hosting diagnostics log turned off: the app must still give every request an activity.
/// </summary>
public sealed class RealServerApiFactory : ApiFactory
{
    public RealServerApiFactory() => UseKestrel(0);

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "None";
        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class RealServerTestGroup : ICollectionFixture<RealServerApiFactory>
{
    public const string Name = "real-server";
}
