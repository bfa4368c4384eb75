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

    public static async Task<int> SeedAsync(IServiceProvider services)
    {
        await services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine($"==> seed: {created} demo accounts created (password '{DemoSeeder.DemoPassword}')");
        return 0;
    }
}
