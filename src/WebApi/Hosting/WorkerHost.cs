using AirbnbClone.Application;
using AirbnbClone.Application.Abstractions.Authentication;
using AirbnbClone.Domain.Users;
using AirbnbClone.Infrastructure;

namespace AirbnbClone.WebApi.Hosting;

/// <summary>
/// The <c>worker</c> verb: the job worker alone, no HTTP. Same configuration as the API; start as many as the
/// queue needs, on any machines, next to API nodes that run their own workers or not (<c>Jobs:Enabled</c>).
/// </summary>
internal static class WorkerHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // Honour the variable the API reads, so `ASPNETCORE_ENVIRONMENT=Development` means the same to both.
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                ?? Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Enabled"] = "true" });
        builder.Services
            .AddApplication(builder.Configuration["AutoMapper:LicenseKey"] is { Length: > 0 } key ? key : null)
            .AddInfrastructure(builder.Configuration)
            .AddScoped<ICurrentUser, NoCurrentUser>();
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }

    /// <summary>Jobs run on nobody's behalf: a request a job sends is anonymous to the pipeline.</summary>
    private sealed class NoCurrentUser : ICurrentUser
    {
        public bool IsAuthenticated => false;

        public Guid UserId => throw new InvalidOperationException("A background job has no current user.");

        public Role Role => Role.Guest;
    }
}
