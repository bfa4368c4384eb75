using AirbnbClone.Application;
using AirbnbClone.Infrastructure;
using AirbnbClone.WebApi;
using AirbnbClone.WebApi.Hosting;

if (args.FirstOrDefault() == "healthcheck")
{
    // For container health checks: the runtime image has no curl.
    return await Commands.ProbeReadyAsync(Environment.GetEnvironmentVariable("HEALTHCHECK_URL") ?? "http://127.0.0.1:8080/health/ready");
}

// `worker`: the job worker alone, without HTTP (scale-out; see README, "Background jobs").
if (args.FirstOrDefault() == "worker")
{
    return await WorkerHost.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = AirbnbClone.WebApi.Infrastructure.RequestLimits.MaxBodyBytes);
builder.Services
    .AddApplication(builder.Configuration["AutoMapper:LicenseKey"] is { Length: > 0 } key ? key : null)
    .AddInfrastructure(builder.Configuration)
    .AddPresentation(builder.Configuration)
    .AddHostedService<AdminAccountBootstrapper>();

var app = builder.Build();

// Verbs for operators: `migrate` and `seed` do their work and exit; anything else serves HTTP.
switch (args.FirstOrDefault())
{
    case "migrate":
        return await Commands.MigrateAsync(app.Services);
    case "seed":
        return await Commands.SeedAsync(app.Services, args.Skip(1).ToArray());
}

app.UsePresentation();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
