using AirbnbClone.Infrastructure.Persistence;
using AirbnbClone.Infrastructure.Seeding;

namespace AirbnbClone.WebApi.Hosting;

/// <summary>The `migrate` and `seed` verbs of the executable: one-shot operator tasks, no HTTP.</summary>
internal static class Commands
{
    public static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var applied = await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        Console.WriteLine($"==> migrations: {applied} applied, database up to date");
        return 0;
    }

    public static async Task<int> ProbeReadyAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }

    public static async Task<int> SeedAsync(IServiceProvider services)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine($"==> seed: {created} demo accounts created (password '{DemoSeeder.DemoPassword}')");
        return 0;
    }
}
