using System.Net;
using AirbnbClone.IntegrationTests.Infrastructure;

namespace AirbnbClone.IntegrationTests.Operations;

/// <summary>Its own app with <c>OpenApi:Enabled=false</c>, what every environment but Development gets by default.</summary>
public sealed class OpenApiDisabledApiFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["OpenApi:Enabled"] = "false";
        return settings;
    }
}

/// <summary>
/// Issue 10, defect 7: the Swagger UI and document were served in Production with no switch. They are served only
/// where <c>OpenApi:Enabled</c> is true (default: Development only).
/// </summary>
public sealed class OpenApiSwitchTests(OpenApiDisabledApiFactory factory) : IClassFixture<OpenApiDisabledApiFactory>
{
    [Theory]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/swagger/index.html")]
    [InlineData("/")]
    public async Task Get_Should_Answer404_When_OpenApiIsDisabled(string path)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheApi_Should_StillAnswer_When_OpenApiIsDisabled()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
