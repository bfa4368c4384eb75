using AirbnbClone.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AirbnbClone.IntegrationTests.Contract;

/// <summary>
/// An app of its own for the contract tests and the fuzz (its own database, so 10,000 generated requests disturb no
/// other test), with one route the OpenAPI document cannot know: <see cref="ProbePath"/> answers 200, so a test can
/// prove that the fixture's clients check responses against the document.
/// </summary>
public sealed class ContractApiFactory : ApiFactory
{
    public const string ProbePath = "/contract-probe";

    /// <summary>Never a report: the wiring tests prove that a violation fails the request.</summary>
    protected override string? ContractReportPath => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ProbeStartupFilter>());
    }

    private sealed class ProbeStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path == ProbePath)
                {
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync("{\"undocumented\":true}");
                    return;
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class ContractTestGroup : ICollectionFixture<ContractApiFactory>
{
    public const string Name = "contract";
}
